import java.io.BufferedWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench of issue 16 item 5, run against a server that is already up (see docs/dashboard.md):
 * browsing alone, a 1M-row petition upload alone, then another 1M-row upload while 20 sessions
 * browse. Single-file Java program without dependencies:
 * {@code java LoadUnderBrowsing.java BASE_URL LEADER ADMIN PASSWORD WORKDIR ROWS BROWSE_SECONDS MAX_SECONDS}.
 */
public class LoadUnderBrowsing {

  static final String[] PAGES = {
    "/", "/api/charts/removals?period=all", "/api/charts/recovered?period=all",
    "/api/charts/handling?period=all", "/api/charts/streets?period=all",
    "/api/charts/discrepancy?period=all", "/api/charts/petitions/channels?period=all",
    "/api/charts/petitions/programs?period=all", "/api/charts/petitions/issues?period=all",
    "/petitions", "/api/charts/handling?period=2024-12", "/api/charts/petitions/channels?period=2024-12",
    "/streets/changshoulu", "/findings"
  };

  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    String leader = args[1];
    String admin = args[2];
    String password = args[3];
    Path work = Path.of(args[4]);
    int rows = Integer.parseInt(args[5]);
    int browseSeconds = Integer.parseInt(args[6]);
    int maxSeconds = Integer.parseInt(args[7]);
    Files.createDirectories(work);
    Path alone = work.resolve("petitions-alone-" + rows + ".csv");
    Path busy = work.resolve("petitions-busy-" + rows + ".csv");
    if (!Files.exists(alone)) generate(alone, rows, "XA");
    if (!Files.exists(busy)) generate(busy, rows, "XB");

    List<HttpClient> sessions = new ArrayList<>();
    for (int i = 0; i < 20; i++) sessions.add(login(leader, password));
    HttpClient uploader = login(admin, password);

    // warm the pages once (JIT, templates), not measured
    for (String page : PAGES) get(sessions.get(0), page);

    List<Long> before = browse(sessions, browseSeconds, null);
    report("browsing alone (20 sessions, " + browseSeconds + " s)", before);

    Upload a = upload(uploader, alone, maxSeconds);
    System.out.println("upload alone: " + a);

    AtomicBoolean done = new AtomicBoolean();
    List<Long> during = Collections.synchronizedList(new ArrayList<>());
    Thread browsing = new Thread(() -> during.addAll(browse(sessions, maxSeconds, done)));
    browsing.start();
    Thread.sleep(3_000); // the readers are under way first
    Upload b = upload(uploader, busy, maxSeconds);
    done.set(true);
    browsing.join();
    System.out.println("upload while 20 sessions browse: " + b);
    report("browsing during the upload", during);
    System.out.printf(
        "ratio busy/alone: job %.2f×, wall %.2f×%n", b.jobSeconds / a.jobSeconds, b.wallSeconds / a.wallSeconds);
  }

  record Upload(double postSeconds, double wallSeconds, double jobSeconds, double maxPollMillis, String message) {
    @Override
    public String toString() {
      return String.format(
          "POST %.1f s, until done %.1f s, job %.1f s, slowest progress poll %.0f ms — %s",
          postSeconds, wallSeconds, jobSeconds, maxPollMillis, message);
    }
  }

  static Upload upload(HttpClient client, Path file, int maxSeconds) throws Exception {
    String page = get(client, "/petitions/upload").body();
    String token = find(page, "name=\"_csrf\" content=\"([^\"]+)\"");
    String header = find(page, "name=\"_csrf_header\" content=\"([^\"]+)\"");
    String boundary = "----bench" + System.nanoTime();
    // the bench loads into the demo instance on purpose (the page asks for 仍导入到演示实例)
    byte[] head =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"intoDemo\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    List<byte[]> parts = List.of(head, Files.readAllBytes(file), tail);
    long start = System.nanoTime();
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/petitions/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(header, token)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
                .timeout(Duration.ofSeconds(maxSeconds))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double post = (System.nanoTime() - start) / 1e9;
    String uploadToken = find(posted.body(), "\"token\"\\s*:\\s*\"([^\"]+)\"");
    double maxPoll = 0;
    while ((System.nanoTime() - start) / 1e9 < maxSeconds) {
      long t = System.nanoTime();
      String status = get(client, "/petitions/upload/" + uploadToken).body();
      maxPoll = Math.max(maxPoll, (System.nanoTime() - t) / 1e6);
      if (status.contains("\"done\":true")) {
        double wall = (System.nanoTime() - start) / 1e9;
        String message = find(status, "\"message\"\\s*:\\s*\"([^\"]*)\"");
        Matcher seconds = Pattern.compile("用时 ([0-9.]+) 秒").matcher(message);
        double job = seconds.find() ? Double.parseDouble(seconds.group(1)) : wall;
        return new Upload(post, wall, job, maxPoll, message);
      }
      Thread.sleep(500);
    }
    return new Upload(post, maxSeconds, maxSeconds, maxPoll, "NOT DONE within " + maxSeconds + " s");
  }

  static List<Long> browse(List<HttpClient> sessions, int seconds, AtomicBoolean stop) {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      int me = i;
      Thread thread =
          new Thread(
              () -> {
                int n = me;
                while (System.nanoTime() < end && (stop == null || !stop.get())) {
                  String page = PAGES[n++ % PAGES.length];
                  long t = System.nanoTime();
                  try {
                    HttpResponse<String> response = get(sessions.get(me), page);
                    latencies.add(response.statusCode() == 200 ? (System.nanoTime() - t) / 1_000_000 : -1L);
                    Thread.sleep(100);
                  } catch (Exception e) {
                    latencies.add(-1L);
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return latencies;
  }

  static void report(String what, List<Long> latencies) {
    List<Long> ok = new ArrayList<>(latencies.stream().filter(l -> l >= 0).toList());
    Collections.sort(ok);
    long errors = latencies.size() - ok.size();
    if (ok.isEmpty()) {
      System.out.println(what + ": no answers, " + errors + " errors");
      return;
    }
    System.out.printf(
        "%s: %d requests, %d errors, p50 %d ms, p95 %d ms, max %d ms%n",
        what, ok.size(), errors, ok.get(ok.size() / 2), ok.get((int) (ok.size() * 0.95)), ok.get(ok.size() - 1));
  }

  /** The passwords set at first login: accounts made by {@code user add} must change theirs. */
  static final java.util.Map<String, String> changed = new java.util.concurrent.ConcurrentHashMap<>();

  static HttpClient login(String user, String given) throws Exception {
    String password = changed.getOrDefault(user, given);
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    String page = get(client, "/login").body();
    String csrf = find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.uri().getPath().startsWith("/login")) {
      throw new IllegalStateException("login failed for " + user);
    }
    if (response.uri().getPath().startsWith("/account/password") && !changed.containsKey(user)) {
      String token = find(response.body(), "name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
      String next = password + "-first";
      String change =
          "current=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
              + "&repeat=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
              + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
      client.send(
          HttpRequest.newBuilder(URI.create(base + "/account/password"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(change))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      changed.put(user, next);
      return login(user, given);
    }
    return client;
  }

  static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) throw new IllegalStateException("not found: " + regex);
    return m.group(1);
  }

  /** Writes ROWS petition cases of 2023–2024 with distinct case numbers (prefix), UTF-8. */
  static void generate(Path file, int rows, String prefix) throws Exception {
    String[] channels = {"来电", "来信", "来访", "网上信访", "12345热线"};
    String[] categories = {"求助申请", "投诉举报", "政策咨询", "其他"};
    String[] streets = {"长寿路", "曹杨新村", "长风新村", "宜川路", "甘泉路", "石泉路", "真如镇", "万里", "长征镇", "桃浦镇"};
    String[] programs = {"低保", "特困", "低保边缘", "支出型贫困", "临时救助", "其他"};
    String[] issues = {"人情保", "关系保", "优亲厚友", "吃拿卡要", "资金发放", "卡折代管", "其他"};
    String[] statuses = {"办理中", "已办结", "已转办"};
    Random random = new Random(prefix.hashCode());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("编号,受理日期,渠道,是否实名,诉求类型,所属街镇,救助项目,涉及问题,反映人,身份证号,联系电话,办理状态,办结日期,是否处置到位\n");
      for (int i = 0; i < rows; i++) {
        int year = 2023 + random.nextInt(2);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String status = statuses[random.nextInt(3)];
        boolean real = random.nextInt(5) < 2;
        out.write(
            prefix + year + String.format("%02d%07d", month, i) + ","
                + String.format("%d-%02d-%02d", year, month, day) + ","
                + channels[random.nextInt(channels.length)] + "," + (real ? "是" : "否") + ","
                + categories[random.nextInt(categories.length)] + ","
                + streets[random.nextInt(streets.length)] + ","
                + programs[random.nextInt(programs.length)] + ","
                + issues[random.nextInt(issues.length)] + ","
                + (real ? "张某某" : "") + ",,1" + (3 + random.nextInt(7))
                + String.format("%09d", random.nextInt(1_000_000_000)) + "," + status + ","
                + (status.equals("已办结") ? String.format("%d-%02d-%02d", year, month, Math.min(28, day + 1)) : "")
                + "," + (random.nextBoolean() ? "是" : "否") + "\n");
      }
    }
  }
}
