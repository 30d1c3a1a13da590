package org.doudi.dashboard.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.etl.custody.CustodyReader;
import org.doudi.etl.relatives.RelativesReader;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.registry.CardCustody;
import org.doudi.warehouse.registry.RegistryRepository;
import org.doudi.warehouse.registry.RelativeFiling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Saves one register row entered in a form through the loader's own checks: the row is read as a
 * line of a file ({@link SourceTables#form}) by the source's row mapping, a street account's row
 * must be of its street, the writer's checks follow; every saved change is audited (which row, by
 * whom — never the names or ID numbers).
 */
@Component
class RegisterEntries {

  /**
   * What saving gave.
   *
   * @param errors the errors by field ("" for the row as a whole), empty when saved
   * @param written what the writer did, null when not saved
   */
  record Saved(Map<String, List<String>> errors, WriteResult written) {

    boolean ok() {
      return errors.isEmpty();
    }
  }

  private final StreetDictionary streets;
  private final RegistryRepository registry;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  RegisterEntries(
      StreetDictionary streets,
      RegistryRepository registry,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.streets = streets;
    this.registry = registry;
    this.audit = audit;
    this.events = events;
  }

  /** Adds a row ({@code id} null) or replaces the row {@code id}, within the scope. */
  Saved save(
      Register register, StreetAccess scope, Long id, Map<String, String> values, String actor) {
    SourceTables.Table table = SourceTables.form(register.source(), values);
    List<String> errors = new ArrayList<>(table.errors());
    SourceTables.Line line = table.lines().get(0);
    Object row =
        register == Register.RELATIVES
            ? RelativesReader.row(line, streets, errors)
            : CustodyReader.row(line, streets, errors);
    scope.street().ifPresent(own -> line.requireStreet(streets, own, register.source(), errors));
    if (!errors.isEmpty()) {
      return new Saved(SourceTables.byField(register.source(), errors), null);
    }
    WriteResult written;
    try {
      written = write(register, scope, id, row, actor);
    } catch (RowRejectedException e) {
      return new Saved(Map.of("", List.of(e.getMessage().replace("第 1 行：", ""))), null);
    }
    audit.record(
        actor,
        id == null ? "register_row_added" : "register_row_changed",
        register.source().title() + (id == null ? "" : " 第" + id + "号"),
        "街镇："
            + streets.resolve(values.get("street")).map(s -> s.name()).orElse("")
            + "，序号："
            + (values.get("rowNo") == null ? "—" : values.get("rowNo")),
        AuditLog.Outcome.OK);
    // the register's month is checked against the form's figure: its findings follow the change
    LocalDate month =
        row instanceof RelativeFiling f ? f.filedDate() : ((CardCustody) row).registeredDate();
    events.publishEvent(new LoadCompleted(new LoadKind(register.path()), Set.of(Period.of(month))));
    return new Saved(Map.of(), written);
  }

  private WriteResult write(
      Register register, StreetAccess scope, Long id, Object row, String actor) {
    if (register == Register.RELATIVES) {
      var filing = (RelativeFiling) row;
      return id == null
          ? registry.writeRelatives(scope, List.of(filing), null, actor)
          : registry.replaceRelative(scope, id, filing, actor);
    }
    var custody = (CardCustody) row;
    return id == null
        ? registry.writeCustody(scope, List.of(custody), null, actor)
        : registry.replaceCustody(scope, id, custody, actor);
  }
}
