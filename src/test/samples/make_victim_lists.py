#!/usr/bin/python3
"""Writes the estimation samples of input-samples/phase-2/listas/ (see input-samples/README.md, "Victim lists and
capture histories"): three Mexican agencies' lists of the victims they identified in 2005, the same people written
differently from list to list, and a Bolivian capture-histories table. Standard library only (the xlsx files are
written as the zip of XML they are), seeded, so a re-run gives the same files. Every name is invented.

It prints the capture histories the Mexican lists must link into, for README.md and the end-to-end test.
"""
import csv
import datetime
import os
import random
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "input-samples", "phase-2", "listas")
FIRST_F = ["María", "José", "Ana", "Lucía", "Fernanda", "Guadalupe", "Rosa", "Elena", "Sofía", "Valeria", "Ximena",
           "Itzel", "Andrea", "Daniela", "Paola", "Karla", "Brenda", "Yesenia", "Marisol", "Araceli"]
FIRST_M = ["Juan", "Luis", "Carlos", "José", "Miguel", "Jesús", "Ángel", "Óscar", "Raúl", "Héctor"]
SURNAMES = ["Pérez", "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
            "Gómez", "Flores", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz",
            "Mendoza", "Aguilar", "Ortiz", "Castillo", "Chávez", "Domínguez", "Velázquez", "Núñez", "Ibáñez", "Muñoz"]
NATIONALITIES = ["México", "México", "México", "Guatemala", "Honduras", "El Salvador"]
PLAIN = str.maketrans("áéíóúÁÉÍÓÚñÑ", "aeiouAEIOUnN")


def people(rng, n):
    out = []
    for i in range(n):
        female = rng.random() < 0.8
        first = rng.sample(FIRST_F if female else FIRST_M, 2 if rng.random() < 0.4 else 1)
        surnames = rng.sample(SURNAMES, 2)
        born = datetime.date(1975, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 15))
        out.append({"id": i, "first": first, "surnames": surnames, "female": female, "born": born,
                    "nationality": rng.choice(NATIONALITIES)})
    return out


def xlsx(path, sheet, header, rows, date_columns=()):
    """A minimal workbook: inline strings, numbers, and date cells (serial numbers with a date style)."""
    def col(i):
        return chr(ord("A") + i)
    lines = []
    for r, row in enumerate([header] + rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{col(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, datetime.date):
                serial = (value - datetime.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(lines) + '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2005, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def main():
    rng = random.Random(2005)
    population = people(rng, 220)
    on = {"police": [], "shelter": [], "iom": []}
    for p in population:
        # Independent lists, as the estimators assume; police and shelter share referrals, so they overlap more.
        police = rng.random() < 0.35
        shelter = rng.random() < (0.45 if police else 0.2)
        iom = rng.random() < 0.18
        for name, flag in (("police", police), ("shelter", shelter), ("iom", iom)):
            if flag:
                on[name].append(p)
    # Planted on purpose (README.md): a typo of one letter between police and shelter, a birth date with day and
    # month swapped between police and the IOM, and one person twice on the police list.
    typo = next(p for p in on["police"] if p in on["shelter"] and p not in on["iom"] and "Ximena" not in p["first"])
    swap = next(p for p in on["police"] if p in on["iom"] and p not in on["shelter"] and p["born"].day <= 12
                and p["born"].day != p["born"].month)
    twice = on["police"][3]

    police_rows = []
    for i, p in enumerate(on["police"]):
        name = " ".join(p["surnames"]).upper() + ", " + " ".join(p["first"]).upper()
        police_rows.append(["Policía Federal", "México", 2005, name, p["born"], "F" if p["female"] else "M",
                            p["nationality"], f"PF-2005-{1000 + p['id']:04d}"])
        if p is twice:
            police_rows.append(["Policía Federal", "Mexico", 2005, " ".join(p["first"] + p["surnames"]).lower(),
                                p["born"], "F" if p["female"] else "M", p["nationality"], f"PF-2005-{1000 + p['id']:04d}"])
    xlsx(os.path.join(OUT, "MX_policia_federal_victimas_2005.xlsx"), "Víctimas 2005",
         ["Lista", "País", "Año", "Apellidos y nombres", "Fecha de nacimiento", "Sexo", "Nacionalidad", "Número de caso"],
         police_rows)

    shelter_rows = []
    for p in on["shelter"]:
        first = list(p["first"])
        if p is typo:
            first[0] = first[0][:-1] + ("o" if first[0][-1] != "o" else "a")
        born = p["born"].strftime("%d/%m/%Y")
        shelter_rows.append(["Albergue Casa Refugio", "México", 2005, " ".join(first + p["surnames"]), born,
                             "Mujer" if p["female"] else "Hombre", p["nationality"]])
    xlsx(os.path.join(OUT, "MX_albergue_casa_refugio_2005.xlsx"), "Hoja1",
         ["Lista", "País", "Año de identificación", "Nombre completo", "Fecha de nacimiento", "Sexo", "Nacionalidad"],
         shelter_rows)

    with open(os.path.join(OUT, "MX_OIM_victimas_2005.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Lista", "País", "Año", "Nombres", "Fecha nac.", "Sexo", "Nacionalidad"])
        for p in on["iom"]:
            born = p["born"]
            if p is swap:
                born = born.replace(day=born.month, month=born.day)
            name = " ".join(p["surnames"] + p["first"]).translate(PLAIN)
            w.writerow(["OIM México", "Mexico", 2005, name, born.isoformat(), "Femenino" if p["female"] else "Masculino",
                        p["nationality"]])

    # What linking must find: the planted typo and swap split a person in two; the duplicate counts once.
    lists = ["albergue casa refugio", "oim mexico", "policia federal"]
    patterns = {}
    for p in population:
        marks = {"police": p in on["police"], "shelter": p in on["shelter"], "iom": p in on["iom"]}
        split = []
        if p is typo:
            split = [{"shelter": True}, {"police": True}]
        elif p is swap:
            split = [{"iom": True}, {"police": True}]
        else:
            split = [marks]
        for m in split:
            key = "".join("1" if m.get(k) else "0" for k in ("shelter", "iom", "police"))
            if key != "000":
                patterns[key] = patterns.get(key, 0) + 1
    with open(os.path.join(os.path.dirname(__file__), "mx_linked_2005.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Albergue Casa Refugio", "OIM México", "Policía Federal", "count"])
        for key in sorted(patterns):
            w.writerow(list(key) + [patterns[key]])
    print("lists (pattern order):", lists)
    print("rows:", len(police_rows), len(shelter_rows), len(on["iom"]))
    print("patterns:", " ".join(f"{k}:{v}" for k, v in sorted(patterns.items())))

    # Bolivia: a table four agencies agreed to share, already counted (no names ever left them).
    counts = {}
    for i in range(600):
        police = rng.random() < 0.25
        ombudsman = rng.random() < (0.5 if police else 0.15)
        ngo = rng.random() < 0.2
        prosecutor = rng.random() < 0.12
        key = (police, ombudsman, ngo, prosecutor)
        if any(key):
            counts[key] = counts.get(key, 0) + 1
    with open(os.path.join(OUT, "BO_historias_de_captura_2005.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["País", "Año", "Policía", "Defensoría de la Niñez", "ONG", "Fiscalía", "Cantidad"])
        for key in sorted(counts, reverse=True):
            w.writerow(["Bolivia", 2005] + ["Sí" if k else "No" for k in key] + [counts[key]])


if __name__ == "__main__":
    main()
