package org.doudi.dashboard.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Asks before the first real upload into a demo instance: an upload without {@code intoDemo=true}
 * is answered 409 with the reason in Chinese while the demo data is present, and nothing is loaded.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DemoUploadInterceptor implements WebMvcConfigurer {

  private final DemoGuard guard;

  DemoUploadInterceptor(DemoGuard guard) {
    this.guard = guard;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler)
                  throws IOException {
                if (!"POST".equals(request.getMethod())
                    || !guard.refuses("true".equals(request.getParameter("intoDemo")))) {
                  return true;
                }
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.setContentType("application/json;charset=UTF-8");
                String json =
                    "{\"status\":\"REJECTED\",\"headline\":\"未导入\",\"error\":\""
                        + DemoGuard.WEB_REFUSAL
                        + "\",\"messages\":[\""
                        + DemoGuard.WEB_REFUSAL
                        + "\"]}";
                response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
                return false;
              }
            })
        .addPathPatterns(
            "/forms/upload",
            "/forms/discipline/upload",
            "/petitions/upload",
            "/campaign/files/*/upload");
  }
}
