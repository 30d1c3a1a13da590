package org.doudi.dashboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The streets and towns of a Shanghai-sized city for the city-scale bench: 16 districts, 215
 * streets. Putuo's ten are the real ones of the default dictionary (same codes, names and aliases);
 * the other districts' street names are made up (district + a place word), marked as such in
 * docs/scale.md, with the real district names and about the real number of streets.
 */
final class CityStreets {

  /** A district of the city and how many streets and towns it has. */
  record District(String code, String name, String shortName, int streets, int towns) {}

  /** One street of the city dictionary. */
  record CityStreet(
      String code, String name, String kind, String alias, District district, double weight) {}

  static final List<District> DISTRICTS =
      List.of(
          new District("huangpu", "黄浦区", "黄浦", 10, 0),
          new District("xuhui", "徐汇区", "徐汇", 12, 1),
          new District("changning", "长宁区", "长宁", 9, 1),
          new District("jingan", "静安区", "静安", 13, 1),
          new District("putuo", "普陀区", "普陀", 8, 2),
          new District("hongkou", "虹口区", "虹口", 8, 0),
          new District("yangpu", "杨浦区", "杨浦", 12, 0),
          new District("minhang", "闵行区", "闵行", 4, 10),
          new District("baoshan", "宝山区", "宝山", 3, 9),
          new District("jiading", "嘉定区", "嘉定", 3, 9),
          new District("pudong", "浦东新区", "浦东", 12, 22),
          new District("jinshan", "金山区", "金山", 1, 8),
          new District("songjiang", "松江区", "松江", 6, 11),
          new District("qingpu", "青浦区", "青浦", 3, 8),
          new District("fengxian", "奉贤区", "奉贤", 2, 9),
          new District("chongming", "崇明区", "崇明", 0, 18));

  private static final String[][] PUTUO = {
    {"changshoulu", "长寿路街道", "长寿路"},
    {"caoyangxincun", "曹杨新村街道", "曹杨新村"},
    {"changfengxincun", "长风新村街道", "长风新村"},
    {"yichuanlu", "宜川路街道", "宜川路"},
    {"ganquanlu", "甘泉路街道", "甘泉路"},
    {"shiquanlu", "石泉路街道", "石泉路"},
    {"zhenruzhen", "真如镇街道", "真如镇"},
    {"wanli", "万里街道", "万里"},
    {"changzhengzhen", "长征镇", "长征"},
    {"taopuzhen", "桃浦镇", "桃浦"}
  };

  private static final String PLACES =
      "东湖南桥西岭北园中山新华天平枫林龙华田林康健虹梅凌云漕河泾华泾斜土长桥徐家汇湖滨静安寺"
          + "江宁石门曹家渡天目彭浦临汾芷江宝山共和大宁北站欧阳曲阳广中嘉兴提篮四平控江殷行五角场"
          + "新江湾长白定海平凉大桥延吉江浦古美莘庄七宝浦江梅陇吴泾马桥华漕虹桥颛桥友谊吴淞张庙"
          + "罗店大场杨行月浦罗泾顾村高境庙行淞南菊园新成真新南翔安亭马陆徐行华亭外冈江桥工业区"
          + "潍坊陆家嘴洋泾塘桥花木金杨沪东上钢周家渡三林川沙高桥合庆曹路金桥张江唐镇康桥航头"
          + "新场大团惠南老港书院万祥泥城宣桥祝桥朱家角金泽练塘赵巷徐泾华新白鹤重固佘山泗泾"
          + "九亭车墩新桥洞泾小昆山石湖荡新浜叶榭庄行南桥柘林海湾青村金汇四团奉城城桥堡镇"
          + "新河庙镇竖新向化三星港西建设中兴陈家绿华新村长兴横沙";

  private CityStreets() {}

  /** Returns the 215 streets in the bureau's order: district by district. */
  static List<CityStreet> all() {
    List<CityStreet> streets = new ArrayList<>();
    int place = 0;
    for (District district : DISTRICTS) {
      if (district.code().equals("putuo")) {
        for (String[] s : PUTUO) {
          String kind = s[1].endsWith("镇") ? "镇" : "街道";
          streets.add(new CityStreet(s[0], s[1], kind, s[2], district, weight(streets.size())));
        }
        continue;
      }
      int n = district.streets() + district.towns();
      for (int i = 0; i < n; i++) {
        int at = (place++ * 2) % (PLACES.length() - PLACES.length() % 2);
        String word = PLACES.substring(at, at + 2);
        String kind = i < district.streets() ? "街道" : "镇";
        String alias = district.shortName() + word;
        String code = String.format("%s-%02d", district.code(), i + 1);
        streets.add(
            new CityStreet(code, alias + kind, kind, alias, district, weight(streets.size())));
      }
    }
    return List.copyOf(streets);
  }

  /** Returns the streets of one district. */
  static List<CityStreet> of(String districtCode) {
    return all().stream().filter(s -> s.district().code().equals(districtCode)).toList();
  }

  /** Writes a dictionary file for {@code doudi.streets.file}: code,name,kind,aliases. */
  static void writeDictionary(List<CityStreet> streets, Path file) throws IOException {
    StringBuilder csv = new StringBuilder("code,name,kind,aliases\n");
    for (CityStreet s : streets) {
      csv.append(s.code()).append(',').append(s.name()).append(',').append(s.kind());
      csv.append(',').append(s.alias()).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /** A street's share of the city's petitions: some streets are five times busier than others. */
  private static double weight(int index) {
    return 0.4 + ((index * 37) % 23) / 10.0;
  }
}
