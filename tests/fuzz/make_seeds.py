#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora into OUT/<fuzzer>/: the repository's own
fixtures (corpus/ texts, web page, red-line files), the committed seeds of
tests/fuzz/seeds/, and a small PDF and .docx generated here from French and
Dutch sentences written for this purpose.
Usage: tests/fuzz/make_seeds.py OUT"""
import pathlib
import shutil
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
FR = "La Belgique soutient la coopération au développement au Sahel."
NL = "België steunt de ontwikkelingssamenwerking in de Sahel."


def pdf(lines):
    """A one-page PDF whose text is `lines` (Helvetica, WinAnsi)."""
    text = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(
        "(%s) '" % l.encode("cp1252").decode("latin-1").replace("(", "\\(").replace(")", "\\)") for l in lines) + " ET"
    stream = text.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx(path, paragraphs):
    body = "".join(
        '<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (s, t)
        for s, t in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   "<w:body>%s</w:body></w:document>" % body)


def main():
    out = pathlib.Path(sys.argv[1])
    def folder(name):
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        return d
    for f in sorted((ROOT / "corpus").rglob("*.txt"))[:12]:
        shutil.copy(f, folder("read_txt_fuzzer") / f.name)
    for f in sorted((ROOT / "corpus").rglob("*.html")):
        shutil.copy(f, folder("read_html_fuzzer") / f.name)
    (folder("read_html_fuzzer") / "nested.html").write_text(
        '<!DOCTYPE html [<!ENTITY x "y">]><html lang="fr"><body><main><h1>Note</h1><p>%s</p>'
        '<div lang="nl"><p>%s</p></div></main></body></html>' % (FR, NL), encoding="utf-8")
    for f in sorted((ROOT / "corpus" / "redlines").glob("*.xml")):
        shutil.copy(f, folder("redlines_fuzzer") / f.name)
        shutil.copy(f, folder("read_xml_fuzzer") / f.name)
    (folder("read_xml_fuzzer") / "entities.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE note [<!ENTITY euro "&#8364;"><!ENTITY pays "la Belgique">]>\n'
        '<note><title>Note</title><p xml:lang="fr">&pays; versera 60 millions &euro;.</p>'
        '<p xml:lang="nl">%s</p></note>\n' % NL, encoding="utf-8")
    (folder("read_pdf_fuzzer") / "page.pdf").write_bytes(pdf(["Note de politique", FR, NL]))
    docx(folder("read_docx_fuzzer") / "note.docx", [("Heading1", "Note"), ("Normal", FR), ("Normal", NL)])
    for name in ("workbench", "search"):
        for f in sorted((ROOT / "tests" / "fuzz" / "seeds" / name).iterdir()):
            shutil.copy(f, folder(name + "_fuzzer") / f.name)


if __name__ == "__main__":
    main()
