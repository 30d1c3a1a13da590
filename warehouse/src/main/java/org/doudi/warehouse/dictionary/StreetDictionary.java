package org.doudi.warehouse.dictionary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Knows the district's streets and recognises a street however a form writes its name. */
public final class StreetDictionary {

  private final Map<String, Street> byCode = new LinkedHashMap<>();
  private final Map<String, Street> byFoldedName = new HashMap<>();

  /** Loads the streets and aliases from the warehouse. */
  public StreetDictionary(JdbcTemplate jdbc) {
    jdbc.query(
        "SELECT code, name, sort_order FROM street ORDER BY sort_order",
        rs -> {
          Street street = new Street(rs.getString(1), rs.getString(2), rs.getInt(3));
          byCode.put(street.code(), street);
          byFoldedName.put(Labels.fold(street.name()), street);
          byFoldedName.put(Labels.fold(street.code()), street);
        });
    jdbc.query(
        "SELECT alias, street_code FROM street_alias",
        rs -> {
          byFoldedName.put(Labels.fold(rs.getString(1)), byCode.get(rs.getString(2)));
        });
  }

  /** Returns every street in the bureau's order. */
  public List<Street> all() {
    return List.copyOf(byCode.values());
  }

  /** Returns the street with this code. */
  public Optional<Street> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Recognises a street by its name, an alias or its code, compared after folding. */
  public Optional<Street> resolve(String text) {
    return Optional.ofNullable(byFoldedName.get(Labels.fold(text)));
  }
}
