package org.doudi.reports.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.util.Date;
import java.util.Optional;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One message handed to the SMTP server: built with the outbox entry's own Message-ID (which
 * JavaMail would otherwise replace at every attempt), sent, and the server's answer read back.
 */
final class SmtpTransmission {

  private SmtpTransmission() {}

  /** Returns a new message that keeps the given Message-ID through {@code saveChanges()}. */
  static MimeMessage message(JavaMailSender sender, String messageId) {
    if (sender instanceof JavaMailSenderImpl impl) {
      return new FixedIdMessage(impl.getSession(), messageId);
    }
    return sender.createMimeMessage();
  }

  /** Sends the message and returns the server's last answer (e.g. 250 OK), as far as it tells. */
  static String send(JavaMailSender sender, MimeMessage message) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      sender.send(message);
      return "已发送";
    }
    Transport transport = impl.getSession().getTransport(impl.getProtocol());
    try {
      transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
      if (message.getSentDate() == null) {
        message.setSentDate(new Date());
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
      return lastServerResponse(transport).orElse("已发送");
    } finally {
      transport.close();
    }
  }

  private static Optional<String> lastServerResponse(Object transport) {
    try {
      Method method = transport.getClass().getMethod("getLastServerResponse");
      Object value = method.invoke(transport);
      return value == null ? Optional.empty() : Optional.of(value.toString().strip());
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /** Returns what went wrong, as the server and JavaMail said it. */
  static String answer(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = e; cause != null && text.length() < 500; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !text.toString().contains(message.strip())) {
        if (!text.isEmpty()) {
          text.append("；");
        }
        text.append(message.strip());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
  }

  /** Returns whether the server refused for good (5xx, an address it rejects). */
  static boolean permanent(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      try {
        Method code = cause.getClass().getMethod("getReturnCode");
        Object value = code.invoke(cause);
        if (value instanceof Integer rc && rc >= 500) {
          return true;
        }
      } catch (ReflectiveOperationException ignored) {
        // not an SMTP answer
      }
      if (cause instanceof SendFailedException failed
          && failed.getInvalidAddresses() != null
          && failed.getInvalidAddresses().length > 0) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** A message whose Message-ID is the outbox entry's, not a fresh one per save. */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
