package org.doudi.dashboard.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup brought back in another folder: the complainant links hold, or the start refuses. */
class RestoreKeepsLinksTest {

  static final String HEADER =
      "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,救助项目,涉及问题,反映人,身份证号,联系电话,办理状态,办结日期,是否处置到位\n";
  static final String PASSPHRASE = "正确的备份口令-2024-horse";

  @TempDir Path dir;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void restoreWithTheSealedSecretKeepsTheLinkAndACopyWithoutItRefusesToStart() throws Exception {
    // given an instance whose own secret keyed a complainant's case, and its backup
    Path original = dir.resolve("original").resolve("doudi.duckdb");
    assertThat(ingest(original, "XF-OLD-1", "2024-11-05")).as(err()).isZero();
    assertThat(
            run(
                PASSPHRASE + "\n",
                "backup",
                "--out",
                dir.resolve("backups").toString(),
                "--db",
                original.toString()))
        .as(err())
        .isZero();
    Path backup;
    try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
      backup = files.filter(p -> p.toString().endsWith(".duckdb")).findFirst().orElseThrow();
    }
    assertThat(err()).contains("哈希密钥已用备份口令加密写入 " + backup + ".secret");
    assertThat(Files.readString(Path.of(backup + ".secret")))
        .doesNotContain(
            Files.readString(original.resolveSibling("keys").resolve("hash-secret")).strip());

    // when it is restored into another folder with its secret, and the same person calls again
    Path restored = dir.resolve("restored").resolve("doudi.duckdb");
    int restore = run(PASSPHRASE + "\n", "restore", backup.toString(), "--db", restored.toString());
    int newCase = ingest(restored, "XF-NEW-1", "2024-12-02");

    // then the new case links to the old complainant key
    assertThat(restore).as(err()).isZero();
    assertThat(err()).contains("与备份记录的一致");
    assertThat(newCase).as(err()).isZero();
    String oldKey = key(restored, "XF-OLD-1");
    assertThat(oldKey).isNotNull().isEqualTo(key(restored, "XF-NEW-1"));
    assertThat(oldKey).isEqualTo(key(original, "XF-OLD-1"));

    // when the backup file alone is started in a third folder (no secret there)
    Path bare = dir.resolve("bare").resolve("doudi.duckdb");
    Files.createDirectories(bare.getParent());
    Files.copy(backup, bare);
    int first = ingest(bare, "XF-NEW-2", "2024-12-03");
    int second = ingest(bare, "XF-NEW-2", "2024-12-03");

    // then it refuses to start, says what to do, and keeps no new random secret to trip over later
    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(1);
    assertThat(err())
        .contains("拒绝启动：个人信息哈希密钥与此仓库不符")
        .contains("本次启动新生成的随机密钥")
        .contains("java -jar doudi.jar restore");
    assertThat(bare.resolveSibling("keys").resolve("hash-secret")).doesNotExist();
    assertThat(key(bare, "XF-NEW-2")).isNull();
  }

  @Test
  void aWrongPassphraseRestoresNothing() throws Exception {
    // given
    Path original = dir.resolve("original").resolve("doudi.duckdb");
    assertThat(ingest(original, "XF-OLD-1", "2024-11-05")).as(err()).isZero();
    run(
        PASSPHRASE + "\n",
        "backup",
        "--out",
        dir.resolve("backups").toString(),
        "--db",
        original.toString());
    Path backup;
    try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
      backup = files.filter(p -> p.toString().endsWith(".duckdb")).findFirst().orElseThrow();
    }
    Path restored = dir.resolve("restored").resolve("doudi.duckdb");

    // when
    int status = run("不是这个口令-0000\n", "restore", backup.toString(), "--db", restored.toString());

    // then
    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("REJECTED").contains("口令不对");
    assertThat(restored).doesNotExist();
  }

  private int ingest(Path db, String caseNo, String date) throws Exception {
    Path file = db.resolveSibling("in-" + caseNo + ".csv");
    Files.createDirectories(db.getParent());
    Files.writeString(
        file,
        HEADER + caseNo + "," + date + ",来电,是,投诉举报,长寿路,低保,人情保,张三,,13800001111,办理中,,否\n",
        StandardCharsets.UTF_8);
    return run("", "ingest", "petitions", file.toString(), "--db", db.toString());
  }

  private static String key(Path db, String caseNo) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT complainant_key FROM petition_case WHERE case_no = '" + caseNo + "'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private int run(String stdin, String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return DoudiApplication.commandLine(new CommandLine(DoudiApplication.class, output)).run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
