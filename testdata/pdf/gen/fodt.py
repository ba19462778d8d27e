"""Writes LibreOffice flat ODT (.fodt) documents from a small list of blocks.

Blocks (plain tuples/objects built with the helpers below):
  H(level, text)                 heading, paragraph style "Heading N"
  P(text, style="Text body")     paragraph
  UL(items, style="LB")          bulleted list; an item is a str or a list of str
                                 (first paragraph numbered/bulleted, the others not)
  OL(items, style="LN", cont=False)  numbered list (cont: continue the previous numbering)
  TABLE(rows, widths, header=False, label_col=False, keep=False)  table; a row is a list of cell strings
  COLS(blocks, n=2)              a section in n balanced columns
  BREAK(master=None)             page break (optionally switching to another master page)

The running header and footer live in the master pages: they are not part of the
body, so LibreOffice's text export leaves them out.
"""
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"'
)


def H(level, text):
    return ("H", level, text)


def P(text, style="Text_20_body"):
    return ("P", style, text)


def UL(items, style="LB"):
    return ("L", style, items, False)


def OL(items, style="LN", cont=False):
    return ("L", style, items, cont)


def TABLE(rows, widths, header=False, label_col=False, keep=False):
    """keep: the table is not split between pages or columns."""
    return ("T", rows, widths, header, label_col, keep)


def COLS(blocks, n=2):
    return ("C", n, blocks)


def BREAK(master=None):
    return ("B", master)


def IMAGE(png_bytes, width_cm, height_cm):
    return ("I", png_bytes, width_cm, height_cm)


def _label(style_name, level_xml):
    return '<text:list-style style:name="%s">%s</text:list-style>' % (style_name, level_xml)


def _indent(pos="0.9cm", follow="listtab"):
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="%s" text:list-tab-stop-position="%s" '
            'fo:text-indent="-0.5cm" fo:margin-left="%s"/></style:list-level-properties>' % (follow, pos, pos))


def list_styles(bullet="•", font="DejaVu Sans"):
    out = []
    for name, ch in (("LB", bullet), ("LD", "–"), ("LA", "→"), ("LS", "▪")):
        # the bullet's font is the text's (not OpenSymbol): LibreOffice's text export then writes
        # the bullet character itself instead of replacing it with U+2022
        out.append(_label(name, '<text:list-level-style-bullet text:level="1" text:bullet-char="%s">%s'
                          '<style:text-properties style:font-name="%s"/></text:list-level-style-bullet>'
                          % (ch, _indent(), font)))
    out.append(_label("LN", '<text:list-level-style-number text:level="1" style:num-suffix="." '
                      'style:num-format="1">%s</text:list-level-style-number>' % _indent()))
    out.append(_label("LNP", '<text:list-level-style-number text:level="1" style:num-suffix=")" '
                      'style:num-format="1">%s</text:list-level-style-number>' % _indent()))
    out.append(_label("LNDASH", '<text:list-level-style-number text:level="1" style:num-suffix=" -" '
                      'style:num-format="1">%s</text:list-level-style-number>' % _indent("0.9cm", "space")))
    return "\n".join(out)


class Doc:
    def __init__(self, title, font="Liberation Serif", size="11pt", head_font="Liberation Sans",
                 bullet="•", margins=("2cm", "2cm", "1.6cm", "1.6cm"), masters=None, line_height=None):
        self.title = title
        self.font = font
        self.size = size
        self.head_font = head_font
        self.bullet = bullet
        self.margins = margins  # left, right, top, bottom
        self.line_height = line_height
        # masters: list of (name, header_xml or None, footer_xml or None)
        self.masters = masters or []
        self.blocks = []
        self._auto = []  # automatic styles
        self._n = 0

    def add(self, *blocks):
        self.blocks.extend(blocks)

    # ---- automatic styles -------------------------------------------------
    def _new(self, prefix):
        self._n += 1
        return "%s%d" % (prefix, self._n)

    # ---- rendering --------------------------------------------------------
    def _p(self, style, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(text))

    def _block(self, b):
        kind = b[0]
        if kind == "H":
            _, level, text = b
            return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (
                level, level, escape(text))
        if kind == "P":
            return self._p(b[1], b[2])
        if kind == "L":
            _, style, items, cont = b
            attr = ' text:continue-numbering="true"' if cont else ""
            out = ['<text:list text:style-name="%s"%s>' % (style, attr)]
            for it in items:
                paras = [it] if isinstance(it, str) else it
                out.append("<text:list-item>")
                for i, t in enumerate(paras):
                    out.append(self._p("List_20_Item" if i == 0 else "List_20_Continue", t))
                out.append("</text:list-item>")
            out.append("</text:list>")
            return "".join(out)
        if kind == "T":
            _, rows, widths, header, label_col, keep = b
            tname = self._new("Tbl")
            total = sum(widths)
            self._auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                              'style:width="%.2fcm" table:align="margins" fo:margin-top="0.2cm" '
                              'fo:margin-bottom="0.3cm"%s/></style:style>'
                              % (tname, total, ' style:may-break-between-rows="false"' if keep else ""))
            out = ['<table:table table:name="%s" table:style-name="%s">' % (tname, tname)]
            for i, w in enumerate(widths):
                cname = "%s.%s" % (tname, chr(65 + i))
                self._auto.append('<style:style style:name="%s" style:family="table-column">'
                                  '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                                  % (cname, w))
                out.append('<table:table-column table:style-name="%s"/>' % cname)
            for r, row in enumerate(rows):
                is_head = header and r == 0
                if is_head:
                    out.append("<table:table-header-rows>")
                out.append("<table:table-row>")
                for c, cell in enumerate(row):
                    shade = is_head or (label_col and c == 0)
                    cstyle = "CellShade" if shade else "Cell"
                    pstyle = "Table_20_Heading" if is_head else (
                        "Table_20_Label" if (label_col and c == 0) else "Table_20_Contents")
                    paras = [cell] if isinstance(cell, str) else cell
                    out.append('<table:table-cell table:style-name="%s" office:value-type="string">' % cstyle)
                    out.extend(self._p(pstyle, t) for t in paras)
                    out.append("</table:table-cell>")
                out.append("</table:table-row>")
                if is_head:
                    out.append("</table:table-header-rows>")
            out.append("</table:table>")
            return "".join(out)
        if kind == "C":
            _, n, blocks = b
            sname = self._new("Sect")
            gap = 0.8
            cols = "".join('<style:column style:rel-width="%d*" fo:start-indent="%s" fo:end-indent="%s"/>' % (
                65535 // n, "0cm" if i == 0 else "%.2fcm" % (gap / 2), "0cm" if i == n - 1 else "%.2fcm" % (gap / 2))
                for i in range(n))
            self._auto.append('<style:style style:name="%s" style:family="section"><style:section-properties '
                              'text:dont-balance-text-columns="false" style:editable="false">'
                              '<style:columns fo:column-count="%d" fo:column-gap="%.2fcm">%s</style:columns>'
                              '</style:section-properties></style:style>' % (sname, n, gap, cols))
            inner = "".join(self._block(x) for x in blocks)
            return '<text:section text:style-name="%s" text:name="%s">%s</text:section>' % (sname, sname, inner)
        if kind == "B":
            _, master = b
            # the break is carried by the next paragraph's style: handled in body()
            return None
        if kind == "I":
            import base64
            _, png, w, h = b
            fname = self._new("fr")
            self._auto.append('<style:style style:name="%s" style:family="graphic"><style:graphic-properties '
                              'style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" '
                              'style:horizontal-rel="paragraph"/></style:style>' % fname)
            return ('<text:p text:style-name="Standard"><draw:frame draw:style-name="%s" draw:name="Image1" '
                    'text:anchor-type="as-char" svg:width="%.2fcm" svg:height="%.2fcm" draw:z-index="0">'
                    '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>'
                    % (fname, w, h, base64.b64encode(png).decode()))
        raise ValueError(kind)

    def body(self):
        out = []
        pending = None
        for b in self.blocks:
            if b[0] == "B":
                pending = b
                continue
            xml = self._block(b)
            if pending is not None:
                xml = self._apply_break(xml, pending[1])
                pending = None
            out.append(xml)
        return "\n".join(out)

    def _apply_break(self, xml, master):
        """Give the first paragraph of xml a style that breaks the page (and switches master)."""
        import re
        m = re.search(r'<text:(p|h) text:style-name="([^"]+)"', xml)
        base = m.group(2)
        name = self._new("Brk")
        if master:
            props = '<style:paragraph-properties fo:break-before="page"/>'
            self._auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s" '
                              'style:master-page-name="%s">%s</style:style>' % (name, base, master, props))
        else:
            self._auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
                              '<style:paragraph-properties fo:break-before="page"/></style:style>' % (name, base))
        return xml[:m.start(2)] + name + xml[m.end(2):]

    def render(self):
        body = self.body()  # fills self._auto
        l, r, t, btm = self.margins
        width = 21.0 - float(l[:-2]) - float(r[:-2])
        lh = ' fo:line-height="%s"' % self.line_height if self.line_height else ""
        styles = f"""
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="fr" fo:country="FR" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:text-align="justify"{lh} fo:orphans="2" fo:widows="2"/><style:text-properties fo:language="fr" fo:country="FR" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3" fo:hyphenation-ladder-count="no-limit"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
<style:style style:name="List_20_Continue" style:display-name="List Continue" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{self.head_font}" fo:font-size="14pt" fo:hyphenate="false"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#2e74b5"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-style="italic"/></style:style>
<style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm" fo:margin-bottom="0.6cm"/><style:text-properties style:font-name="{self.head_font}" fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Cover_20_Top" style:display-name="Cover Top" style:family="paragraph" style:parent-style-name="Cover" style:class="chapter"><style:paragraph-properties fo:margin-top="7cm"/><style:text-properties fo:font-size="30pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #808080"><style:tab-stops><style:tab-stop style:position="{width:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8.5pt" fo:color="#404040"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#404040"/></style:style>
<style:style style:name="Footer_20_Split" style:display-name="Footer Split" style:family="paragraph" style:parent-style-name="Footer" style:class="extra"><style:paragraph-properties fo:text-align="start" fo:padding-top="0.1cm" fo:border-top="0.5pt solid #808080"><style:tab-stops><style:tab-stop style:position="{width:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Footer_20_Right" style:display-name="Footer Right" style:family="paragraph" style:parent-style-name="Footer" style:class="extra"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="95%" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Label" style:display-name="Table Label" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
{list_styles(self.bullet, self.font)}
"""
        auto = [
            f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            f'style:print-orientation="portrait" fo:margin-top="{t}" fo:margin-bottom="{btm}" fo:margin-left="{l}" fo:margin-right="{r}"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>',
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #404040"/></style:style>',
            '<style:style style:name="CellShade" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde5f0" fo:padding="0.12cm" fo:border="0.5pt solid #404040"/></style:style>',
        ] + self._auto
        masters = []
        for name, header, footer in self.masters:
            h = "<style:header>%s</style:header>" % header if header else ""
            f = "<style:footer>%s</style:footer>" % footer if footer else ""
            masters.append('<style:master-page style:name="%s" style:page-layout-name="pm1">%s%s</style:master-page>'
                           % (name, h, f))
        fonts = set([self.font, self.head_font, "Liberation Sans", "Liberation Serif", "DejaVu Sans", "OpenSymbol"])
        ff = "".join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" style:font-pitch="variable"/>'
                     % (f, f) for f in sorted(fonts))
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS}>
<office:meta><dc:title>{escape(self.title)}</dc:title><dc:language>fr-FR</dc:language></office:meta>
<office:font-face-decls>{ff}</office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles>
{chr(10).join(auto)}
</office:automatic-styles>
<office:master-styles>
{chr(10).join(masters)}
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


# ---- header / footer helpers ---------------------------------------------
PAGE = '<text:page-number text:select-page="current">1</text:page-number>'
COUNT = '<text:page-count>1</text:page-count>'


def header(left, right=None):
    if right:
        return '<text:p text:style-name="Header">%s<text:tab/>%s</text:p>' % (escape(left), escape(right))
    return '<text:p text:style-name="Header">%s</text:p>' % escape(left)


def footer(kind, align="center", left=None):
    style = "Footer_20_Right" if align == "right" else "Footer"
    num = {"page_of": "Page %s / %s" % (PAGE, COUNT), "of": "%s / %s" % (PAGE, COUNT),
           "n": PAGE, "dash": "– %s –" % PAGE}[kind]
    if left:
        return '<text:p text:style-name="Footer_20_Split">%s<text:tab/>%s</text:p>' % (escape(left), num)
    return '<text:p text:style-name="%s">%s</text:p>' % (style, num)
