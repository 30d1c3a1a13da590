#!/usr/bin/env python3
"""Writes the report templates under src/main/resources/reports/ (JasperReports 7 JRXML).

The statistics table has 15 figure columns under a three-row header (group, item, unit) whose
merged cells follow the printed form; writing that by hand is error-prone, so the layout lives
here and the .jrxml files it writes are committed. The labels themselves are not in the templates:
they come at fill time from the metric table (parameter LABELS). Run it after changing a layout:

    python3 reports/tools/generate_jrxml.py
"""
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/reports"

# key, group, item, has_unit, kind: the printed order of DOMAIN.md's form.
METRICS = [
    ("renqing_removed", "g1", "i1", True, "count"),
    ("renqing_recovered_yuan", "g1", "i1", True, "yuan"),
    ("guanxi_removed", "g1", "i2", True, "count"),
    ("guanxi_recovered_yuan", "g1", "i2", True, "yuan"),
    ("zhengce_removed", "g1", "i3", True, "count"),
    ("zhengce_recovered_yuan", "g1", "i3", True, "yuan"),
    ("whole_household_added", "g1", "i4", False, "count"),
    ("sanwu_removed", "g1", "i5", True, "count"),
    ("sanwu_recovered_yuan", "g1", "i5", True, "yuan"),
    ("clues_total", "g2", "i6", False, "count"),
    ("clues_resolved", "g2", "i7", False, "count"),
    ("petitions_handled", "g3", "i8", False, "count"),
    ("petitions_resolved", "g3", "i9", False, "count"),
    ("card_custody_cases", "g4", "i10", False, "count"),
    ("relative_filings", "g4", "i11", False, "count"),
]

FONT = "Noto Sans SC"
RED = "#C00000"


def cdata(text):
    return "<![CDATA[" + text + "]]>"


def box(width="0.5", color="#000000", padding=None):
    pad = ""
    if padding is not None:
        pad = f' leftPadding="{padding}" rightPadding="{padding}"'
    return f'<box{pad}><pen lineWidth="{width}" lineColor="{color}"/></box>'


def static(x, y, w, h, text, size=10, bold=False, align="Left", valign="Middle", color=None,
           border=False, extra=""):
    attrs = f'x="{x}" y="{y}" width="{w}" height="{h}" fontSize="{size}.0" hTextAlign="{align}" vTextAlign="{valign}"'
    if bold:
        attrs += ' bold="true"'
    if color:
        attrs += f' forecolor="{color}"'
    inner = f"<text>{cdata(escape(text))}</text>"
    if border:
        inner += box()
    return f'<element kind="staticText" {attrs}{extra}>{inner}</element>'


def field(x, y, w, h, expr, size=10, bold=False, align="Left", valign="Middle", color=None,
          border=False, pattern=None, stretch=False, when=None, extra="", padding=None,
          backcolor=None):
    attrs = f'x="{x}" y="{y}" width="{w}" height="{h}" fontSize="{size}.0" hTextAlign="{align}" vTextAlign="{valign}" blankWhenNull="true"'
    if bold:
        attrs += ' bold="true"'
    if color:
        attrs += f' forecolor="{color}"'
    if backcolor:
        attrs += f' mode="Opaque" backcolor="{backcolor}"'
    if pattern:
        attrs += f' pattern="{pattern}"'
    if stretch:
        attrs += ' textAdjust="StretchHeight"'
    inner = ""
    if when:
        inner += f"<printWhenExpression>{cdata(when)}</printWhenExpression>"
    inner += f"<expression>{cdata(expr)}</expression>"
    if border or padding is not None:
        inner += box(width="0.5" if border else "0", padding=padding)
    return f'<element kind="textField" {attrs}{extra}>{inner}</element>'


def line(x, y, w, h=0, width="1.0", color="#000000"):
    return (f'<element kind="line" x="{x}" y="{y}" width="{w}" height="{max(h, 1)}" forecolor="{color}">'
            f'<pen lineWidth="{width}"/></element>')


def report(name, width, height, margins, body, landscape=False, title_new_page=False,
           properties=(), no_data="AllSectionsNoDetail"):
    left, right, top, bottom = margins
    col = width - left - right
    orient = ' orientation="Landscape"' if landscape else ""
    tnp = ' titleNewPage="true"' if title_new_page else ""
    props = "".join(f'\n  <property name="{k}" value="{v}"/>' for k, v in properties)
    xls = [
        ("net.sf.jasperreports.export.xls.exclude.origin.band.background", "background"),
        ("net.sf.jasperreports.export.xls.exclude.origin.band.footer", "pageFooter"),
        ("net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.header", "pageHeader"),
        ("net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.columns", "columnHeader"),
        ("net.sf.jasperreports.export.xls.remove.empty.space.between.rows", "true"),
        ("net.sf.jasperreports.export.xls.remove.empty.space.between.columns", "true"),
        ("net.sf.jasperreports.export.xls.white.page.background", "false"),
        ("net.sf.jasperreports.export.xls.ignore.graphics", "false"),
        ("net.sf.jasperreports.export.xls.detect.cell.type", "true"),
    ]
    props += "".join(f'\n  <property name="{k}" value="{v}"/>' for k, v in xls)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by reports/tools/generate_jrxml.py; edit the generator, not this file. -->
<jasperReport name="{name}" language="java" pageWidth="{width}" pageHeight="{height}" columnWidth="{col}" leftMargin="{left}" rightMargin="{right}" topMargin="{top}" bottomMargin="{bottom}" whenNoDataType="{no_data}"{orient}{tnp}>{props}
  <style name="Base" default="true" fontName="{FONT}" fontSize="10.0" pdfEncoding="Identity-H" pdfEmbedded="true"/>
{body}
</jasperReport>
"""


COMMON_PARAMS = """  <parameter name="DEMO" class="java.lang.Boolean"/>
  <parameter name="MARKING" class="java.lang.String"/>
  <parameter name="FOOTER" class="java.lang.String"/>
  <parameter name="PAGE_OFFSET" class="java.lang.Integer"/>
"""


def marking_strip(col, y=0, left=(0, 90), right=None):
    """内部资料 on the left and, for demo data, 演示数据 on the right; the boxes sit on the table's
    column edges so that the .xlsx grid keeps one cell per figure."""
    rx, rw = right if right else (col - 90, 90)
    mark = (f'<element kind="textField" x="{left[0]}" y="{y}" width="{left[1]}" height="18" fontSize="9.0" '
            f'hTextAlign="Center" vTextAlign="Middle" bold="true" forecolor="{RED}">'
            f'<expression>{cdata("$P{MARKING}")}</expression>{box("0.8", RED)}</element>')
    demo = (f'<element kind="staticText" x="{rx}" y="{y}" width="{rw}" height="18" fontSize="9.0" '
            f'hTextAlign="Center" vTextAlign="Middle" bold="true" forecolor="#FFFFFF" mode="Opaque" backcolor="{RED}">'
            f'<printWhenExpression>{cdata("$P{DEMO}")}</printWhenExpression>'
            f'<text>{cdata("演示数据")}</text></element>')
    return mark + demo


def page_header(col, left=(0, 90), right=None):
    return f"""  <pageHeader height="28">
    <printWhenExpression>{cdata("$V{PAGE_NUMBER} > 1")}</printWhenExpression>
    {marking_strip(col, 0, left, right)}
    {line(left[0], 22, (right[0] + right[1] - left[0]) if right else col, width="0.5", color="#999999")}
  </pageHeader>
"""


def page_footer(col):
    return f"""  <pageFooter height="24">
    {line(0, 2, col, width="0.5", color="#999999")}
    {field(0, 6, col - 120, 16, "$P{FOOTER}", size=8, color="#666666")}
    {field(col - 120, 6, 120, 16, '"第 " + ($V{PAGE_NUMBER} + $P{PAGE_OFFSET}) + " 页"', size=8, align="Right", color="#666666")}
  </pageFooter>
"""


def watermark(width, height):
    return f"""  <background height="{height}">
    <element kind="staticText" x="0" y="{height // 2 - 60}" width="{width}" height="120" fontSize="72.0" hTextAlign="Center" vTextAlign="Middle" bold="true" forecolor="#EDEDED">
      <printWhenExpression>{cdata("$P{DEMO}")}</printWhenExpression>
      <text>{cdata("演示数据")}</text>
    </element>
  </background>
"""


# ---------------------------------------------------------------- the three-row form header

def runs(values):
    out = []
    for i, v in enumerate(values):
        if out and out[-1][0] == v:
            out[-1][2] += 1
        else:
            out.append([v, i, 1])
    return out


def form_header(x0, y0, first_w, widths, first_label, rows=(30, 60, 22), size=7):
    """Elements of the group/item/unit header; returns (xml, height)."""
    r1, r2, r3 = rows
    xs = [x0 + first_w]
    for w in widths:
        xs.append(xs[-1] + w)
    parts = [static(x0, y0, first_w, r1 + r2 + r3, first_label, size=size + 1, bold=True,
                    align="Center", border=True)]
    label = lambda kind, key: f'(String) $P{{LABELS}}.get("{kind}.{key}")'
    for group, start, n in runs([m[1] for m in METRICS]):
        key = METRICS[start][0]
        parts.append(field(xs[start], y0, xs[start + n] - xs[start], r1, label("group", key),
                           size=size + 1, bold=True, align="Center", border=True))
    for item, start, n in runs([m[1] + m[2] for m in METRICS]):
        key = METRICS[start][0]
        has_unit = METRICS[start][3]
        h = r2 if has_unit else r2 + r3
        parts.append(field(xs[start], y0 + r1, xs[start + n] - xs[start], h, label("item", key),
                           size=size, bold=True, align="Center", border=True, padding=1))
    for i, m in enumerate(METRICS):
        if m[3]:
            parts.append(field(xs[i], y0 + r1 + r2, widths[i], r3, label("unit", m[0]),
                               size=size, bold=True, align="Center", border=True))
    return "\n    ".join(parts), r1 + r2 + r3


def number_pattern(kind):
    return "#,##0.00" if kind == "yuan" else "#,##0"


def metric_fields():
    out = []
    for key, _, _, _, kind in METRICS:
        cls = "java.math.BigDecimal" if kind == "yuan" else "java.lang.Long"
        out.append(f'  <field name="{key}" class="{cls}"/>')
    return "\n".join(out)


# ---------------------------------------------------------------- district: cover and summary

def district_summary():
    w, h, margins = 595, 842, (70, 65, 56, 48)
    col = w - margins[0] - margins[1]
    cover = "\n    ".join([
        marking_strip(col),
        field(0, 96, col, 56, "$P{ISSUER}", size=34, bold=True, align="Center", color=RED),
        line(0, 166, col, width="2.5", color=RED),
        field(10, 236, col - 20, 96, "$P{TITLE}", size=22, bold=True, align="Center", stretch=False),
        field(0, 340, col, 30, '"（" + $P{PERIOD_LABEL} + "）"', size=16, align="Center"),
        field(0, 560, col, 26, "$P{ISSUER}", size=15, align="Center"),
        field(0, 590, col, 26, "$P{ISSUE_DATE}", size=15, align="Center"),
        field(0, 690, col, 16, "$P{SOURCE_NOTE}", size=8, align="Center", color="#777777"),
    ])
    body = f"""{COMMON_PARAMS}  <parameter name="ISSUER" class="java.lang.String"/>
  <parameter name="TITLE" class="java.lang.String"/>
  <parameter name="PERIOD_LABEL" class="java.lang.String"/>
  <parameter name="ISSUE_DATE" class="java.lang.String"/>
  <parameter name="SOURCE_NOTE" class="java.lang.String"/>
  <field name="kind" class="java.lang.String"/>
  <field name="text" class="java.lang.String"/>
{watermark(col, h - margins[2] - margins[3])}  <title height="720">
    {cover}
  </title>
{page_header(col)}  <detail>
    <band height="44">
      <printWhenExpression>{cdata('"t".equals($F{kind})')}</printWhenExpression>
      {field(0, 6, col, 30, "$F{text}", size=18, bold=True, align="Center", stretch=True)}
    </band>
    <band height="34">
      <printWhenExpression>{cdata('"h".equals($F{kind})')}</printWhenExpression>
      {field(0, 10, col, 22, "$F{text}", size=14, bold=True, stretch=True)}
    </band>
    <band height="26">
      <printWhenExpression>{cdata('"p".equals($F{kind})')}</printWhenExpression>
      <element kind="textField" x="0" y="2" width="{col}" height="22" fontSize="12.0" textAdjust="StretchHeight" hTextAlign="Justified" blankWhenNull="true">
        <paragraph lineSpacing="Proportional" lineSpacingSize="1.5" firstLineIndent="24"/>
        <expression>{cdata("$F{text}")}</expression>
      </element>
    </band>
  </detail>
{page_footer(col)}"""
    return report("district-summary", w, h, margins, body, title_new_page=True)


# ---------------------------------------------------------------- district: statistics table

TABLE_FIRST = 84
TABLE_WIDTHS = [44, 50, 44, 50, 44, 50, 50, 44, 50, 44, 44, 50, 44, 44, 44]


def district_table():
    w, h, margins = 842, 595, (28, 28, 30, 28)
    col = w - margins[0] - margins[1]
    widths = TABLE_WIDTHS
    table_w = TABLE_FIRST + sum(widths)
    x0 = (col - table_w) // 2
    header, header_h = form_header(x0, 0, TABLE_FIRST, widths, "街镇")
    xs = [x0 + TABLE_FIRST]
    for wd in widths:
        xs.append(xs[-1] + wd)

    def row(bold, when, back=None):
        cells = [field(x0, 0, TABLE_FIRST, 20, "$F{street}", size=8, bold=bold, border=True,
                       when=when, padding=3, backcolor=back)]
        for i, (key, _, _, _, kind) in enumerate(METRICS):
            cells.append(field(xs[i], 0, widths[i], 20, "$F{" + key + "}", size=8, bold=bold,
                               align="Right", border=True, pattern=number_pattern(kind),
                               when=when, padding=2, backcolor=back))
        return "\n      ".join(cells)

    body = f"""{COMMON_PARAMS}  <parameter name="LABELS" class="java.util.Map"/>
  <parameter name="HEADING" class="java.lang.String"/>
  <parameter name="NOTE" class="java.lang.String"/>
  <field name="street" class="java.lang.String"/>
  <field name="total" class="java.lang.Boolean"/>
{metric_fields()}
{watermark(col, h - margins[2] - margins[3])}  <title height="76">
    {marking_strip(col, 0, (x0, TABLE_FIRST), (xs[-3], xs[-1] - xs[-3]))}
    {field(x0, 28, table_w, 26, "$P{HEADING}", size=15, bold=True, align="Center")}
    {field(x0, 56, table_w, 18, "$P{NOTE}", size=8, align="Right", color="#444444")}
  </title>
{page_header(col, (x0, TABLE_FIRST), (xs[-3], xs[-1] - xs[-3]))}  <columnHeader height="{header_h}">
    {header}
  </columnHeader>
  <detail>
    <band height="20">
      {row(False, "!$F{total}")}
      {row(True, "$F{total}", back="#EFEFEF")}
    </band>
  </detail>
{page_footer(col)}"""
    return report("district-table", w, h, margins, body, landscape=True)


# ---------------------------------------------------------------- district: trend charts

def district_charts():
    w, h, margins = 595, 842, (70, 65, 56, 48)
    col = w - margins[0] - margins[1]
    chart_h = 250
    body = f"""{COMMON_PARAMS}  <parameter name="HEADING" class="java.lang.String"/>
  <parameter name="INTRO" class="java.lang.String"/>
  <parameter name="CHART_REMOVED" class="java.awt.Image"/>
  <parameter name="CHART_CASES" class="java.awt.Image"/>
  <parameter name="CAPTION_REMOVED" class="java.lang.String"/>
  <parameter name="CAPTION_CASES" class="java.lang.String"/>
{watermark(col, h - margins[2] - margins[3])}{page_header(col)}  <title height="{28 + 40 + 30 + 2 * (chart_h + 30)}">
    {marking_strip(col)}
    {field(0, 32, col, 26, "$P{HEADING}", size=14, bold=True)}
    <element kind="textField" x="0" y="62" width="{col}" height="30" fontSize="11.0" textAdjust="StretchHeight" blankWhenNull="true">
      <paragraph lineSpacing="Proportional" lineSpacingSize="1.4" firstLineIndent="22"/>
      <expression>{cdata("$P{INTRO}")}</expression>
    </element>
    <element kind="image" positionType="Float" x="0" y="100" width="{col}" height="{chart_h}" scaleImage="RetainShape" hImageAlign="Center" vImageAlign="Middle">
      <expression>{cdata("$P{CHART_REMOVED}")}</expression>
    </element>
    {field(0, 100 + chart_h + 2, col, 20, "$P{CAPTION_REMOVED}", size=9, align="Center", color="#444444", extra=' positionType="Float"')}
    <element kind="image" positionType="Float" x="0" y="{100 + chart_h + 30}" width="{col}" height="{chart_h}" scaleImage="RetainShape" hImageAlign="Center" vImageAlign="Middle">
      <expression>{cdata("$P{CHART_CASES}")}</expression>
    </element>
    {field(0, 100 + 2 * chart_h + 32, col, 20, "$P{CAPTION_CASES}", size=9, align="Center", color="#444444", extra=' positionType="Float"')}
  </title>
{page_footer(col)}"""
    return report("district-charts", w, h, margins, body)


# ---------------------------------------------------------------- district: findings and forms

def district_status():
    w, h, margins = 595, 842, (70, 65, 56, 48)
    col = w - margins[0] - margins[1]
    cols = [("街镇", 92, "$F{street}", "Left", None),
            ("报送情况", 188, "$F{submission}", "Left", None),
            ("高", 45, "$F{high}", "Right", "#,##0"),
            ("中", 45, "$F{medium}", "Right", "#,##0"),
            ("低", 45, "$F{low}", "Right", "#,##0"),
            ("合计", 45, "$F{open}", "Right", "#,##0")]
    xs = [0]
    for c in cols:
        xs.append(xs[-1] + c[1])
    head = [static(xs[0], 18, cols[0][1], 36, "街镇", size=9, bold=True, align="Center", border=True),
            static(xs[1], 18, cols[1][1], 36, "统计表报送情况", size=9, bold=True, align="Center", border=True),
            static(xs[2], 18, xs[6] - xs[2], 18, "未关闭的核查发现（项）", size=9, bold=True, align="Center", border=True)]
    for i in range(2, 6):
        head.append(static(xs[i], 36, cols[i][1], 18, cols[i][0], size=9, bold=True, align="Center", border=True))

    def cells(bold, when, back=None):
        out = []
        for i, (_, wd, expr, align, pattern) in enumerate(cols):
            out.append(field(xs[i], 0, wd, 20, expr, size=9, bold=bold, align=align, border=True,
                             pattern=pattern, when=when, padding=3, stretch=(i == 1),
                             backcolor=back, extra=' stretchType="ContainerHeight"'))
        return "\n      ".join(out)

    body = f"""{COMMON_PARAMS}  <parameter name="HEADING" class="java.lang.String"/>
  <parameter name="INTRO" class="java.lang.String"/>
  <parameter name="HIGHLIGHTS" class="java.lang.String"/>
  <parameter name="ISSUER" class="java.lang.String"/>
  <parameter name="ISSUE_DATE" class="java.lang.String"/>
  <field name="street" class="java.lang.String"/>
  <field name="submission" class="java.lang.String"/>
  <field name="high" class="java.lang.Long"/>
  <field name="medium" class="java.lang.Long"/>
  <field name="low" class="java.lang.Long"/>
  <field name="open" class="java.lang.Long"/>
  <field name="total" class="java.lang.Boolean"/>
{watermark(col, h - margins[2] - margins[3])}  <title height="96">
    {marking_strip(col, 0, (0, cols[0][1]), (xs[4], xs[6] - xs[4]))}
    {field(0, 32, col, 26, "$P{HEADING}", size=14, bold=True)}
    <element kind="textField" x="0" y="62" width="{col}" height="30" fontSize="11.0" textAdjust="StretchHeight" blankWhenNull="true">
      <paragraph lineSpacing="Proportional" lineSpacingSize="1.4" firstLineIndent="22"/>
      <expression>{cdata("$P{INTRO}")}</expression>
    </element>
  </title>
{page_header(col, (0, cols[0][1]), (xs[4], xs[6] - xs[4]))}  <columnHeader height="54">
    {chr(10).join(head)}
  </columnHeader>
  <detail>
    <band height="20">
      {cells(False, "!$F{total}")}
      {cells(True, "$F{total}", back="#EFEFEF")}
    </band>
  </detail>
  <summary height="150">
    <element kind="textField" x="0" y="14" width="{col}" height="20" fontSize="10.5" textAdjust="StretchHeight" blankWhenNull="true">
      <paragraph lineSpacing="Proportional" lineSpacingSize="1.4"/>
      <expression>{cdata("$P{HIGHLIGHTS}")}</expression>
    </element>
    {field(col - 200, 70, 200, 24, "$P{ISSUER}", size=13, align="Center", extra=' positionType="Float"')}
    {field(col - 200, 96, 200, 24, "$P{ISSUE_DATE}", size=13, align="Center", extra=' positionType="Float"')}
  </summary>
{page_footer(col)}"""
    return report("district-status", w, h, margins, body)


# ---------------------------------------------------------------- one street's form

def street_form():
    w, h, margins = 842, 595, (28, 28, 34, 28)
    col = w - margins[0] - margins[1]
    widths = TABLE_WIDTHS
    first = 84
    table_w = first + sum(widths)
    x0 = (col - table_w) // 2
    top = 120
    header, header_h = form_header(x0, top, first, widths, "类别")
    xs = [x0 + first]
    for wd in widths:
        xs.append(xs[-1] + wd)
    y_data = top + header_h
    data = [static(x0, y_data, first, 30, "数据", size=9, bold=True, align="Center", border=True)]
    for i, (key, _, _, _, kind) in enumerate(METRICS):
        data.append(field(xs[i], y_data, widths[i], 30, "$F{" + key + "}", size=9, align="Right",
                          border=True, pattern=number_pattern(kind), padding=2))
    y_note = y_data + 30
    data.append(static(x0, y_note, first, 64, "备注", size=9, bold=True, align="Center", border=True,
                       extra=' stretchType="ContainerHeight"'))
    data.append(f'<element kind="textField" x="{xs[0]}" y="{y_note}" width="{table_w - first}" height="64" fontSize="8.5" textAdjust="StretchHeight" vTextAlign="Middle" blankWhenNull="true">'
                f'<expression>{cdata("$F{remarks}")}</expression><box leftPadding="4" rightPadding="4" topPadding="3" bottomPadding="3"><pen lineWidth="0.5"/></box></element>')
    label = lambda text, expr, x, wd, lw=46: (static(x, 84, lw, 20, text, size=10, bold=True)
                                              + field(x + lw, 84, wd - lw, 20, expr, size=10))
    fields_row = "\n    ".join([
        label("街镇：", "$F{street}", x0, 170),
        label("联系人：", "$F{contact}", x0 + 176, 140),
        label("电话：", "$F{phone}", x0 + 322, 150),
        label("填报日期：", "$F{fill_date}", x0 + 478, 160, 60),
        label("统计期：", "$F{period}", x0 + 644, table_w - 644, 50),
    ])
    body = f"""{COMMON_PARAMS}  <parameter name="LABELS" class="java.util.Map"/>
  <parameter name="HEADING" class="java.lang.String"/>
  <field name="street" class="java.lang.String"/>
  <field name="contact" class="java.lang.String"/>
  <field name="phone" class="java.lang.String"/>
  <field name="fill_date" class="java.lang.String"/>
  <field name="period" class="java.lang.String"/>
  <field name="version" class="java.lang.String"/>
  <field name="remarks" class="java.lang.String"/>
{metric_fields()}
{watermark(col, h - margins[2] - margins[3])}  <detail>
    <band height="{y_note + 64 + 30}">
    {marking_strip(col)}
    {field(x0, 34, table_w, 40, "$P{HEADING}", size=15, bold=True, align="Center")}
    {fields_row}
    {header}
    {chr(10).join(data)}
    {field(x0, y_note + 70, table_w, 16, "$F{version}", size=8, align="Right", color="#666666", extra=' positionType="Float"')}
    </band>
  </detail>
  <pageFooter height="20">
    {field(0, 4, col, 14, "$P{FOOTER}", size=8, color="#666666")}
  </pageFooter>"""
    return report("street-form", w, h, margins, body, landscape=True, no_data="NoPages")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in [
        ("district-summary.jrxml", district_summary()),
        ("district-table.jrxml", district_table()),
        ("district-charts.jrxml", district_charts()),
        ("district-status.jrxml", district_status()),
        ("street-form.jrxml", street_form()),
    ]:
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", OUT / name)


if __name__ == "__main__":
    main()
