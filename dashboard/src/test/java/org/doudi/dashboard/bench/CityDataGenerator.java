package org.doudi.dashboard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.doudi.dashboard.bench.CityStreets.CityStreet;

/**
 * Writes the files a city's streets send, for the city-scale bench and the export round trip: the
 * street dictionary, one flat form CSV per month (215 rows; UTF-8 with metric-name headers in even
 * months, GBK with the Chinese labels in odd ones), a correction file per month for about 2 % of
 * the streets, one discipline CSV per month (equal to the corrected forms except about 3 % of
 * street-months), and the petition log split into files of at most a million rows, alternately GBK
 * and UTF-8. Every street-month's 办理社会救助领域信访事项数 is the log's count of that month, except about 2 %,
 * so that the checks find what they should. The same seed gives the same bytes.
 *
 * <pre>
 * java -cp … org.doudi.dashboard.bench.CityDataGenerator OUT_DIR [--petitions 10000000]
 *     [--months 36] [--last 2026-11] [--seed 42] [--district putuo]
 * </pre>
 */
public final class CityDataGenerator {

  static final Charset GBK = Charset.forName("GBK");
  private static final int ROWS_PER_PETITION_FILE = 1_000_000;

  /**
   * What to generate.
   *
   * @param seed the same seed gives the same files
   * @param months how many months, ending with {@code lastPeriod}
   * @param lastPeriod the last month, {@code YYYY-MM}
   * @param petitions how many petition cases in all
   * @param district a district's code ({@code putuo}) for its streets only, or null for the city
   */
  public record Options(
      long seed, int months, String lastPeriod, long petitions, String district) {}

  private final Options options;
  private final List<CityStreet> streets;
  private final List<String> periods;

  /** Creates the generator. */
  public CityDataGenerator(Options options) {
    this.options = options;
    this.streets =
        options.district() == null ? CityStreets.all() : CityStreets.of(options.district());
    this.periods = periods(options.lastPeriod(), options.months());
  }

  /** Generates the files into the folder named first; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long seed = 42;
    int months = 36;
    String last = "2026-11";
    long petitions = 10_000_000;
    String district = null;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--months" -> months = Integer.parseInt(args[i + 1]);
        case "--last" -> last = args[i + 1];
        case "--petitions" -> petitions = Long.parseLong(args[i + 1]);
        case "--district" -> district = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long started = System.nanoTime();
    new CityDataGenerator(new Options(seed, months, last, petitions, district)).generate(out);
    System.out.printf("generated into %s in %.1f s%n", out, (System.nanoTime() - started) / 1e9);
  }

  /** Writes every file into {@code out}. */
  public void generate(Path out) throws IOException {
    Files.createDirectories(out.resolve("forms"));
    Files.createDirectories(out.resolve("discipline"));
    Files.createDirectories(out.resolve("petitions"));
    CityStreets.writeDictionary(streets, out.resolve("streets.csv"));
    long[][] cases = caseCounts();
    CityForms forms = new CityForms(streets, new SplittableRandom(options.seed()));
    for (int m = 0; m < periods.size(); m++) {
      forms.writeMonth(out, periods.get(m), m, cases);
    }
    new CityPetitions(streets, periods, new SplittableRandom(options.seed() + 1))
        .write(out.resolve("petitions"), cases, ROWS_PER_PETITION_FILE);
    // Registers (近亲属备案, 卡折代管), ledgers and payments: no loader exists yet; their
    // generators go here, writing the files those loaders will read.
  }

  /** Returns how many cases each street receives each month, adding up to the total asked for. */
  long[][] caseCounts() {
    double[] street = new double[streets.size()];
    double[] month = new double[periods.size()];
    double total = 0;
    for (int s = 0; s < streets.size(); s++) {
      street[s] = streets.get(s).weight();
    }
    for (int m = 0; m < periods.size(); m++) {
      // a slow rise over the years, a dip in the Spring Festival month
      month[m] = (1.0 + m / 72.0) * (periods.get(m).endsWith("-02") ? 0.7 : 1.0);
    }
    for (double w : street) {
      for (double f : month) {
        total += w * f;
      }
    }
    long[][] counts = new long[streets.size()][periods.size()];
    long given = 0;
    for (int s = 0; s < streets.size(); s++) {
      for (int m = 0; m < periods.size(); m++) {
        counts[s][m] = (long) Math.floor(options.petitions() * street[s] * month[m] / total);
        given += counts[s][m];
      }
    }
    for (int i = 0; given < options.petitions(); i++, given++) {
      counts[i % streets.size()][i / streets.size() % periods.size()]++;
    }
    return counts;
  }

  List<String> periods() {
    return periods;
  }

  List<CityStreet> streets() {
    return streets;
  }

  static List<String> periods(String last, int months) {
    int year = Integer.parseInt(last.substring(0, 4));
    int month = Integer.parseInt(last.substring(5, 7));
    List<String> periods = new ArrayList<>();
    for (int i = months - 1; i >= 0; i--) {
      int index = year * 12 + month - 1 - i;
      periods.add(String.format("%04d-%02d", index / 12, index % 12 + 1));
    }
    return periods;
  }

  static BufferedWriter writer(Path file, boolean gbk) throws IOException {
    var out = Files.newOutputStream(file);
    if (!gbk) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    return new BufferedWriter(
        new OutputStreamWriter(out, gbk ? GBK : StandardCharsets.UTF_8), 1 << 16);
  }
}
