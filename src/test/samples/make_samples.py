#!/usr/bin/python3
"""Writes the sample inbox input-samples/ and its machine-readable expectations (expected.csv).

The samples are a realistic inbox for the three phases, written the way researchers' files really are
written: by openpyxl and xlwt, by LibreOffice (xlsx, xls, ods, a password-protected xls), and as CSV
and "Unicode text" in the encodings Excel uses. Never by Apache POI: the readers must be tested on files
that other programs wrote. input-samples/README.md (written by hand) says what each file exercises.

Run with the system Python (Debian's python3-openpyxl, python3-xlwt, python3-uno and LibreOffice):

    /usr/bin/python3 src/test/samples/make_samples.py

Deterministic in content: fixed data, fixed dates, no randomness. Zip timestamps inside xlsx files and
LibreOffice's document properties change from run to run; the committed files are the reference.
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.utils.datetime import CALENDAR_MAC_1904

REPO = Path(__file__).resolve().parents[3]
OUT = REPO / "input-samples"
CODEBOOKS = REPO / "jobs" / "codebooks"
KEEP = {"README.md"}  # hand-written, lives beside the samples
D = dt.date


# ---------------------------------------------------------------------------------------------------
# The codebook: headers and choice labels are taken from jobs/, so that they are the canonical ones.

def _read_codebook(name):
    with open(CODEBOOKS / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _labels(row):
    return {k.split("(")[-1].rstrip(")"): v for k, v in row.items() if k.startswith("label::")}


QUESTIONNAIRE = {r["code"]: _labels(r) for r in _read_codebook("questionnaire.csv")}
INTERVIEW = {r["code"]: _labels(r) for r in _read_codebook("interview.csv")}
CHOICES = {(r["list_name"], r["name"]): _labels(r) for r in _read_codebook("choices.csv")}


def q(code, lang, style="label"):
    """A questionnaire header: the label, `P1. label`, `P1 - label` or the bare code."""
    return _header(code, QUESTIONNAIRE[code][lang], style)


def i(code, lang, style="label"):
    """An interview-guide header, as q()."""
    return _header(code, INTERVIEW[code][lang], style)


def _header(code, label, style):
    return {"label": label, "dot": f"{code}. {label}", "dash": f"{code} - {label}",
            "paren": f"{code}) {label}", "code": code}[style]


def c(list_name, name, lang):
    return CHOICES[(list_name, name)][lang]


# ---------------------------------------------------------------------------------------------------
# Writers. Each takes rows as lists of cell values: str, int, float, datetime.date, or None (blank).

FIXED_TIME = dt.datetime(2005, 7, 1, 12, 0, 0)


def write_xlsx(path, sheets, epoch_1904=False, date_format="DD/MM/YYYY"):
    """sheets: [(name, rows, merged ranges like 'A4:G4')]."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    for name, rows, merges in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in ws.iter_rows():
            for cell in cells:
                if isinstance(cell.value, (dt.date, dt.datetime)):
                    cell.number_format = date_format
        for rng in merges:
            ws.merge_cells(rng)
    wb.properties.creator = "CIM"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def write_xls(path, sheet, rows, merges=()):
    """An Excel 97-2003 file by xlwt. merges: [(first_row, last_row, first_col, last_col)], 0-based."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    bold = xlwt.easyxf("font: bold on")
    covered = {(r, col) for r1, r2, c1, c2 in merges for r in range(r1, r2 + 1) for col in range(c1, c2 + 1)}
    for r1, r2, c1, c2 in merges:
        ws.write_merge(r1, r2, c1, c2, rows[r1][c1], bold)
    for r, row in enumerate(rows):
        for col, value in enumerate(row):
            if value is not None and (r, col) not in covered:
                ws.write(r, col, value, dates if isinstance(value, dt.date) else xlwt.Style.default_style)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))


def write_text(path, rows, delimiter, encoding, bom=False):
    """A delimited text file as Excel writes one: CRLF line ends, quotes only where needed."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


class LibreOffice:
    """Headless LibreOffice with a private profile, so that a user's running instance is never touched."""

    def __init__(self, scratch):
        self.profile = (scratch / "lo-profile").as_uri()
        self.scratch = scratch

    def convert(self, source, fmt, target):
        """Converts source (any format LibreOffice opens) to fmt (xlsx, xls, ods) and moves it to target."""
        outdir = Path(tempfile.mkdtemp(dir=self.scratch))
        subprocess.run(["soffice", f"-env:UserInstallation={self.profile}", "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", str(outdir), str(source)],
                       check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = outdir / (source.stem + "." + fmt)
        if not produced.is_file():
            sys.exit(f"LibreOffice did not convert {source.name} to {fmt}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), target)

    def save_with_password(self, source, target, password):
        """Saves source as an Excel 97-2003 file encrypted with password, through the UNO API.

        LibreOffice 7.4 ignores a password when it writes xlsx (both with --convert-to filter options and
        through UNO: the file comes out unencrypted), but it does encrypt the xls it writes.
        """
        import uno
        from com.sun.star.beans import PropertyValue

        def prop(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p

        pipe = f"cim_samples_{os.getpid()}"
        office = subprocess.Popen(["soffice", f"-env:UserInstallation={self.profile}", "--headless",
                                   "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            ctx = None
            for _ in range(120):
                try:
                    ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:
                    time.sleep(0.5)
            if ctx is None:
                sys.exit("LibreOffice did not answer on its UNO pipe")
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            doc = desktop.loadComponentFromURL(source.resolve().as_uri(), "_blank", 0, (prop("Hidden", True),))
            target.parent.mkdir(parents=True, exist_ok=True)
            doc.storeToURL(target.resolve().as_uri(), (prop("FilterName", "MS Excel 97"), prop("Password", password)))
            doc.close(True)
            try:
                desktop.terminate()
            except Exception:
                pass  # the bridge drops as the office exits; that is the normal end
        finally:
            try:
                office.wait(timeout=60)
            except subprocess.TimeoutExpired:
                office.kill()
        if b"\x2f\x00" not in target.read_bytes()[:8192]:
            sys.exit("the password-protected xls has no FILEPASS record: LibreOffice did not encrypt it")


# ---------------------------------------------------------------------------------------------------
# The samples. Each builder writes its file(s) and registers what ingest must make of them.

EXPECTED = []


def expect(path, outcome, respondents, codes=(), consistency=()):
    """consistency: `item@cell` of every broken codebook rule, exactly; ["none"] for a file that must have none."""
    EXPECTED.append((path, outcome, respondents, ";".join(codes), ";".join(consistency)))


def phase1_costa_rica(inbox, lo, scratch):
    """Exactly the worked example of verification.md: Q1-Q5 and I1-I3, cells as the example writes them."""
    es = "es"
    head = [q(k, es, "dot") for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P11", "P10", "P3", "P6", "L5", "L7")]
    ngo, expert, intl = (c("respondent_type", k, es) for k in ("ngo", "expert", "intl_org"))
    rows = [head,
            ["Costa Rica", "San José", "Casa Alianza", ngo, "Ana Lucía Vargas Mora", "(506) 253-5439", D(2002, 3, 15),
             "Sí", "sí", "Sí", "Prostitución; Turismo sexual", "entre 100 y 200", "A menudo", 2],
            ["Costa Rica", "San José", "Fundación PANIAMOR", ngo, "Jorge Arturo Quesada Brenes", "(506) 234-1021",
             D(2002, 3, 18), "sí", "sí", "No", "prostitución", 300, "A veces", 2],
            ["Costa Rica", "Heredia", "Universidad Nacional", expert, "Rebeca Chaves Solano", "(506) 277-3100",
             D(2002, 3, 20), "Yes", "sí", "Sí", "Prostitution, Pornography", "aprox. 250", "a menudo", 3],
            ["Costa Rica", "Limón", "CEFEMINA", ngo, "Marta Elena Rodríguez Castro", "(506) 758-0412", D(2002, 4, 2),
             "No sabe", "-", "No", "-", "más de 500", "-", "Mala"],
            ["Costa Rica", "San José", "UNICEF Costa Rica", intl, "Daniel Esquivel Arias", "(506) 296-2054",
             D(2002, 4, 8), "No", "-", "no sabe", "turismo sexual", "no sabe", "Siempre", "-"]]
    write_xlsx(inbox / "phase-1/CR_cuestionarios_2002.xlsx", [("Cuestionarios", rows, [])])
    expect("phase-1/CR_cuestionarios_2002.xlsx", "archived", 5)

    head = [i(k, es, "dot") for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P11", "P10", "P3", "P6", "L5")]
    rows = [head,
            ["Costa Rica", "San José", c("agency_type", "immigration", es), "Dirección General de Migración y Extranjería",
             "Luis Diego Campos Ulate", "Jefe de Inspección", "15/05/2002", "Carmen Alfaro Soto",
             "Sí", "No", "-", "Prostitución", 80, "Rara vez"],
            ["Costa Rica", "San José", c("agency_type", "national_police", es), "Ministerio de Seguridad Pública – Fuerza Pública",
             "Óscar Jiménez Porras", "Subdirector", "17/05/2002", "Carmen Alfaro Soto",
             "No", "no", "-", "Prostitución / Servidumbre doméstica", 120, "A veces"],
            ["Costa Rica", "Puntarenas", c("agency_type", "local_ngo", es), "Fundación PROCAL",
             "Silvia Hernández Mata", "Coordinadora", "mayo 2002", "Rodrigo Navas Quirós",
             "si", "NS/NR", None, "no sabe", "-", "-"]]
    source = scratch / "costa-rica-entrevistas.xlsx"
    write_xlsx(source, [("Entrevistas", rows, [])])
    lo.convert(source, "xlsx", inbox / "phase-1/costa-rica-entrevistas.xlsx")
    expect("phase-1/costa-rica-entrevistas.xlsx", "archived", 3)


def phase1_brazil(inbox, lo, scratch):
    """CECRIA's own layout: Portuguese labels, a title block, its own column order, the country last."""
    pt = "pt"
    order = ("R3", "R4", "R2", "R5", "R6", "R7", "P1", "P10", "P3", "P4", "P5", "P6", "P8", "P9",
             "L1", "L2", "L5", "L6", "L7", "S1", "S3", "R1")
    width = len(order)
    title = ["PESTRAF – Pesquisa sobre Tráfico de Mulheres, Crianças e Adolescentes para fins de Exploração "
             "Sexual Comercial no Brasil"] + [None] * (width - 1)
    subtitle = ["Rede CECRIA – consolidação nacional dos questionários recebidos das ONGs"] + [None] * (width - 1)
    rows = [title, subtitle, [None] * width, [q(k, pt) for k in order],
            ["CECRIA", "ONG", "Distrito Federal", "Helena Costa Ribeiro", "(61) 340-1122", "15 de março de 2002",
             "Sim", "Sim", "Prostituição; Turismo sexual; Pornografia",
             "Adolescentes do sexo feminino; Mulheres adultas", "15 a 17", "mais de 200", "Espanha; Holanda; Portugal",
             "Falsa oferta de emprego; Sedução ou falsa promessa de casamento", "Não", "Assinado, não ratificado",
             "Frequentemente", "Não", "Ruim", "Abrigo; Atendimento de saúde", "Sim", "Brasil"],
            ["Coletivo Mulher Vida", "ONG", "Pernambuco", "Joana Albuquerque Lins", "(81) 427-5500", "03/2002",
             "Sim", "Sim", "Prostituição e Turismo sexual",
             "Adolescentes do sexo feminino e Crianças menores de 12 anos", "12 a 14", "centenas", "Espanha e Itália",
             "Falsa oferta de emprego", "Não", "Não sabe", "Às vezes", "Não sabe", "Muito ruim", "Apoio psicológico",
             "Não", "Brasil"],
            ["CEDECA Bahia", "ONG", "Bahia", "Antônio Carlos Menezes", "(71) 241-3030", D(2002, 4, 5),
             "Sim", "Não sabe", "Prostituição; Turismo sexual", "Mulheres adultas", "18 a 24", "cerca de 300 pessoas",
             "Portugal; Suriname", "Por meio de familiares; Falsa oferta de emprego", "Não", "Assinado, não ratificado",
             "Frequentemente", "Não", "Regular", "Atendimento de saúde; Assistência jurídica", "Sim", "Brasil"],
            ["Universidade Federal do Pará", "Acadêmico", "Pará", "Raimunda Nonata Souza", "(91) 211-1000", "2002-04-22",
             "Sim", "Sim", "Prostituição, Trabalho forçado", "Adolescentes do sexo feminino", "15 a 17", "entre 50 e 100",
             "Suriname, Guiana, Holanda", "Falsa oferta de emprego, Servidão por dívida", "Não",
             "Nem assinado nem ratificado", "Raramente", "Não", "Ruim", "-", "Não sabe", "Brasil"]]
    write_xls(inbox / "phase-1/BR_questionarios_PESTRAF_2002.xls", "Questionários", rows,
              merges=[(0, 0, 0, 11), (1, 1, 0, 11)])
    expect("phase-1/BR_questionarios_PESTRAF_2002.xls", "archived", 4)

    head = [i(k, pt) for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "P10",
                               "L1", "L2", "L5", "L6", "S3", "O1", "O4", "O5")]
    rows = [head,
            ["Brasil", "Distrito Federal", c("agency_type", "national_police", pt),
             "Polícia Federal – Divisão de Direitos Humanos", "Carlos Eduardo Pinto", "Delegado", "10/05/2002",
             "Fernanda Lopes Rocha", "Sim", "Prostituição", 120, "Sim", "Não", "Assinado, não ratificado", "Às vezes",
             "Não", "Sim", 34, "Sim", 2001],
            ["Brasil", "Distrito Federal", c("agency_type", "ministry_justice", pt),
             "Ministério da Justiça – Secretaria Nacional de Justiça", "Paulo Roberto Farias", "Coordenador",
             "14/05/2002", "Fernanda Lopes Rocha", "Sim", "Prostituição; Turismo sexual", "cerca de 200", "Sim", "Não",
             "Assinado, não ratificado", "Raramente", "Sim", "Sim", None, "Não", None],
            ["Brasil", "Pernambuco", c("agency_type", "prosecutor", pt), "Ministério Público do Trabalho – PRT 6ª Região",
             "Luciana Araújo Melo", "Procuradora", "20 de maio de 2002", "Fernanda Lopes Rocha", "Sim",
             "Prostituição e Trabalho forçado", "-", "Não sabe", "Não", "Não sabe", "Frequentemente", "Não", "Não",
             12, "Sim", 2001]]
    source = scratch / "BR_entrevistas_2002.xlsx"
    write_xlsx(source, [("Entrevistas", rows, [])])
    lo.convert(source, "xlsx", inbox / "phase-1/BR_entrevistas_2002.xlsx")
    expect("phase-1/BR_entrevistas_2002.xlsx", "archived", 3)


def phase1_guatemala(inbox):
    """A `;` CSV in Windows-1252 from Spanish-locale Excel, in a deeper subfolder; xlwt interviews with figures."""
    es = "es"
    head = [q(k, es, "dash") for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P4", "P6", "P7",
                                       "P9", "P10", "L1", "L3", "L5", "S1", "S2", "S4")]
    rows = [head,
            ["Guatemala", "Guatemala", "Casa Alianza", "ONG", "Luis Fernando Cifuentes", "232-5555", "15/03/2002",
             "Sí", "Origen, Tránsito y Destino", "Prostitución; Pornografía",
             "Adolescentes mujeres; Niñas y niños menores de 12 años", "1.500", "El Salvador, Honduras, Nicaragua",
             "Oferta de empleo falsa; Secuestro", "Sí", "No", "12", "A menudo", "Albergue; Apoyo psicológico",
             "Regular", "Casos en la frontera con México; se necesita más apoyo\r\ndel Estado."],
            ["Guatemala", "San Marcos", "Pastoral Migratoria Arquidiocesana", "ONG", "Rosa Elvira Tum Chox", "776-1020",
             "marzo 2002", "Sí", "Tránsito; Destino", "Prostitución; Otro: venta de niñas en ferias",
             "Adolescentes mujeres", "cientos", "Honduras; El Salvador; Nicaragua; Ecuador",
             "Oferta de empleo falsa; Servidumbre por deudas", "Sí", "No", "-", "Siempre", "Albergue", "Mala", None],
            ["Guatemala", "Quetzaltenango", "ECPAT/Guatemala", "ONG", "Ana Beatriz Ixcot Pérez", "763-4410",
             "15-mar-2002", "Sí", "Origen; Destino", "Prostitución; Turismo sexual; Pornografía",
             "Niñas y niños menores de 12 años; Adolescentes varones", "aprox. 300", "El Salvador",
             "A través de familiares", "No sabe", "No", "menos de 50", "A veces", "Apoyo psicológico; Asistencia legal",
             "Mala", None],
            ["Guatemala", "Guatemala", "FLACSO Guatemala", "Académico", "Mario René Ajú Batz", "362-1431", "2002-04-03",
             "Sí", "Origen, Tránsito y Destino", "Prostitución", "Mujeres adultas; Adolescentes mujeres", "50-100",
             "Honduras", "Engaño sentimental", "Sí", "No", "entre 5 y 10", "A menudo", "-", "Muy mala", None]]
    write_text(inbox / "phase-1/Guatemala/GT cuestionarios 2002.csv", rows, ";", "cp1252")
    expect("phase-1/Guatemala/GT cuestionarios 2002.csv", "archived", 4)

    head = [k for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "L1", "L3", "L4",
                        "O1", "O2", "O3", "O4", "O5")]
    rows = [head,
            ["Guatemala", "Guatemala", "Migración", "Dirección General de Migración", "Edgar Rolando Pérez Solís",
             "Subdirector de Control Migratorio", D(2002, 5, 6), "Marta Julia López", "Sí", "Prostitución", 200, "No",
             "-", "-", 45, "1.200", None, "Sí", 2001],
            ["Guatemala", "Guatemala", "Policía nacional", "Policía Nacional Civil – Servicio de Investigación Criminal",
             "Byron Estuardo Morales", "Oficial III", D(2002, 5, 8), "Marta Julia López", "Sí",
             "Prostitución; Pornografía", "entre 150 y 250", "No", 30, 2, 18, None, 22, "Sí", 2001],
            ["Guatemala", "Quetzaltenango", "Fiscalía", "Ministerio Público – Fiscalía de la Mujer",
             "Gloria Esperanza Chávez", "Fiscal", D(2002, 5, 13), "Marta Julia López", "Sí",
             "Prostitución; Servidumbre doméstica", "cientos", "No", "aprox. 40", 0, 9, None, 14, "No", 2001],
            ["Guatemala", "San Marcos", "ONG local", "Casa de la Mujer (Tecún Umán)", "Irma Yolanda Fuentes",
             "Directora", D(2002, 5, 15), "Marta Julia López", "Sí", "Prostitución; Turismo sexual", "más de 500",
             "No", "-", "-", None, None, None, None, None]]
    write_xls(inbox / "phase-1/GT_entrevistas_2002.xls", "Entrevistas", rows)
    expect("phase-1/GT_entrevistas_2002.xls", "archived", 4)


def phase1_honduras(inbox):
    """The form layout: an Instrucciones sheet, then one sheet per respondent, question in A, answer in B."""
    es = "es"
    instructions = [["Instrucciones para llenar el cuestionario modelo"], [None],
                    ["1. Use una hoja por organización; no cambie los textos de la columna A."],
                    ["2. Escriba su respuesta en la columna B. Si no sabe, escriba «No sabe»."],
                    ["3. En las preguntas de varias opciones, separe las respuestas con punto y coma."],
                    ["4. Devuelva el archivo a la coordinación nacional antes del 30 de abril de 2002."]]
    questions = [q(k, es) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7")] + \
                [q(k, es, "dot") for k in ("P1", "P2", "P3", "P5", "P6", "P10", "P11", "L1", "L5", "L7", "S3", "S4")]
    answers = {
        "Casa Alianza": ["Honduras", "Tegucigalpa", "Casa Alianza", "ONG", "Gabriela Mejía Zelaya", "237-1750",
                         D(2002, 4, 10), "Sí", "Origen; Tránsito", "Prostitución; Turismo sexual", "15 a 17", "cientos",
                         "Sí", "Sí", "No", "A menudo", "Mala", "No",
                         "Atendemos niñas repatriadas desde Guatemala y México."],
        "CIPRODEH": ["Honduras", "San Pedro Sula", "CIPRODEH", "ONG", "Ramón Alberto Castillo", "552-0187",
                     "12/04/2002", "Sí", "Origen", "Prostitución", "12 a 14", "aprox. 200", "Sí", "No sabe", "No",
                     "A veces", "Muy mala", "Sí", None],
        "Save the Children": ["Honduras", "Choluteca", "Save the Children", "ONG", "Karla Patricia Andino",
                              "782-0356", "abril 2002", "Sí", "Origen; Destino", "Prostitución; Servidumbre doméstica",
                              "15 a 17", "50 a 100", "No sabe", "-", "No", "A menudo", "Regular", "Sí", None]}
    sheets = [("Instrucciones", instructions, [])]
    for sheet, values in answers.items():
        sheets.append((sheet, [["Cuestionario modelo – Honduras", None]] + [[qq, v] for qq, v in zip(questions, values)], []))
    write_xlsx(inbox / "phase-1/HN_cuestionario_formulario_2002.xlsx", sheets)
    expect("phase-1/HN_cuestionario_formulario_2002.xlsx", "archived", 3)


def phase1_nicaragua(inbox):
    """Title rows and a two-row header (merged group titles, codes below); L2 has no known answer (NO_DATA)."""
    codes = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P5", "P6", "P10", "L1", "L2", "L5", "L7",
             "S1", "S3"]
    blank = [None] * len(codes)
    groups = ["Datos del informante"] + [None] * 6 + ["Presencia y formas de explotación"] + [None] * 5 + \
             ["Ley y respuesta del Estado"] + [None] * 3 + ["Servicios"] + [None]
    rows = [["Investigación sobre trata de mujeres, niñas y niños con fines de explotación sexual – Nicaragua"] + blank[1:],
            ["Consolidado de cuestionarios recibidos (coordinación: INPRHU, mayo 2002)"] + blank[1:],
            blank, groups, codes,
            ["Nicaragua", "Managua", "INPRHU", "ONG", "Claudia Marcela Espinoza", "266-8020", D(2002, 3, 22), "Sí",
             "Origen; Tránsito", "Prostitución; Turismo sexual", "15 a 17", "más de 200", "Sí", "No", "No sabe",
             "A menudo", 2, "Albergue", "Sí"],
            ["Nicaragua", "Chinandega", "Casa Alianza Nicaragua", "ONG", "Julio César Obando", "341-2290", "marzo 2002",
             "Sí", "Origen", "Prostitución", "12 a 14", "decenas", "Sí", "No", "NS/NR", "A veces", "Mala", "-", "No"],
            ["Nicaragua", "León", "Dos Generaciones", "ONG", "Martha Lorena Gutiérrez", "311-5074", D(2002, 4, 1), "Sí",
             "Origen, Destino", "Prostitución, Servidumbre doméstica", "15 a 17", "entre 50 y 150", "No sabe", "No",
             None, "A menudo", 3, "Apoyo psicológico", "Sí"]]
    write_xlsx(inbox / "phase-1/NI_cuestionarios_consolidado.xlsx",
               [("Consolidado", rows, ["A1:S1", "A2:S2", "A4:G4", "H4:M4", "N4:Q4", "R4:S4"])])
    expect("phase-1/NI_cuestionarios_consolidado.xlsx", "archived", 3)

    es = "es"
    head = [i(k, es) for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "P10", "L1", "L2",
                               "L5", "S3")]
    rows = [head,
            ["Nicaragua", "Managua", "Migración", "Dirección General de Migración y Extranjería", "Roberto José Lacayo",
             "Director de Inspección", "20/05/2002", "Ana María Guevara", "Sí", "Prostitución", "60", "Sí", "No",
             "No sabe", "Rara vez", "Sí"],
            ["Nicaragua", "Managua", "Policía nacional", "Policía Nacional – Comisaría de la Mujer y la Niñez",
             "Xiomara Rivas Úbeda", "Comisionada", "22/05/2002", "Ana María Guevara", "Sí",
             "Prostitución; Turismo sexual", "entre 100 y 150", "Sí", "No", None, "A veces", "Sí"]]
    write_text(inbox / "phase-1/NI_entrevistas_2002.csv", rows, ",", "utf-8")
    expect("phase-1/NI_entrevistas_2002.csv", "archived", 2)


def phase1_el_salvador(inbox, lo, scratch):
    """No country column: the country is in a `País:` metadata cell above the header. LibreOffice xls."""
    es = "es"
    head = [q(k, es) for k in ("R2", "R3", "R4", "R5", "R6", "R7", "P1", "P3", "P6", "P10", "L1", "L6", "S3")]
    rows = [["País: El Salvador"], ["Cuestionarios recibidos – abril de 2002"], [None], head,
            ["San Salvador", "Fundación Olof Palme", "ONG", "Verónica Isabel Flores", "221-4310", "15/04/2002", "Sí",
             "Prostitución; Pornografía", "300", "Sí", "No", "No", "Sí"],
            ["San Miguel", "CEMUJER", "ONG", "Rafael Antonio Guardado", "661-0925", D(2002, 4, 17), "Sí",
             "Prostitución", "alrededor de 150", "Sí", "No", "No sabe", "Sí"],
            ["San Salvador", "Las Dignas", "ONG", "Sonia Elizabeth Portillo", "284-1552", "18/04/2002", "No sabe", "-",
             "no sabe", "No sabe", "No", "No", "No"]]
    source = scratch / "SV_cuestionarios_2002.xlsx"
    write_xlsx(source, [("Cuestionarios", rows, [])])
    lo.convert(source, "xls", inbox / "phase-1/SV_cuestionarios_2002.xls")
    expect("phase-1/SV_cuestionarios_2002.xls", "archived", 3)


def phase1_panama(inbox, lo, scratch):
    """Interviews only (PA is STAGE2_ONLY throughout), no country column: the country is in the file name."""
    es = "es"
    head = [i(k, es) for k in ("I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P2", "P3", "P6", "L1", "L2", "L5",
                               "O1", "O3", "O4", "O5")]
    rows = [head,
            ["Ciudad de Panamá", "Migración", "Dirección Nacional de Migración y Naturalización", "Luis Alberto Batista",
             "Jefe de Departamento", D(2002, 6, 3), "Itzel Carrasco Vega", "Sí", "Tránsito; Destino", "Prostitución",
             "aprox. 100", "No", "Firmado, no ratificado", "A menudo", 12, None, "Sí", 2001],
            ["Ciudad de Panamá", "Policía nacional", "Policía Técnica Judicial", "Eric Saldaña Ortega", "Subcomisionado",
             "04/06/2002", "Itzel Carrasco Vega", "Sí", "Destino", "Prostitución; Turismo sexual", "50-100", "No", "-",
             "A veces", None, 7, "Sí", 2001],
            ["Colón", "ONG local", "Casa Esperanza", "Aracelly Gordón de León", "Coordinadora", "junio 2002",
             "Itzel Carrasco Vega", "Sí", "Tránsito, Destino", "Prostitución", "más de 200", "No sabe", "No sabe",
             "A menudo", None, None, None, None]]
    write_xlsx(inbox / "phase-1/panama_entrevistas_2002.xlsx", [("Hoja1", rows, [])])
    expect("phase-1/panama_entrevistas_2002.xlsx", "archived", 3)

    head = [q(k, es) for k in ("R1", "R3", "R4", "R5", "R7", "P1", "P3", "P6")]
    rows = [head,
            ["Panamá", "Casa Esperanza", "ONG", "Dalys Moreno Arosemena", D(2002, 4, 2), "Sí", "Prostitución", "cientos"],
            ["Panamá", "CEFA", "ONG", "Mireya Castillo Jaén", D(2002, 4, 9), "Sí", "Prostitución; Turismo sexual",
             "aprox. 150"]]
    source = scratch / "PA_cuestionarios_2002.xlsx"
    write_xlsx(source, [("Cuestionarios", rows, [])])
    lo.convert(source, "ods", inbox / "phase-1/PA_cuestionarios_2002.ods")
    expect("phase-1/PA_cuestionarios_2002.ods", "rejected", 0, ["unsupported-format"])


def phase1_dominican_republic(inbox, lo, scratch):
    """A UTF-8 `;` CSV with a byte-order mark ("CSV UTF-8" from Spanish Excel), country variants; the
    interviews came password-protected."""
    es = "es"
    head = [q(k, es) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P4", "P6", "P8", "P11",
                               "L1", "L6", "S3")]
    rows = [head,
            ["Rep. Dominicana", "Santo Domingo", "COIN", "ONG", "Francisca Mercedes Báez", "(809) 555-0101",
             "2002-04-10", "Sí", "Origen", "Prostitución; Turismo sexual", "Mujeres adultas; Adolescentes mujeres",
             "más de 200", "España; Holanda; Argentina", "Sí", "No", "No", "Sí"],
            ["República Dominicana", "Puerto Plata", "MODEMU", "ONG", "Yanira Altagracia Peña", "(809) 555-0147",
             "2002-04-12", "Sí", "Origen, Destino", "Prostitución; Turismo sexual", "Adolescentes mujeres", "decenas",
             "Panamá; Costa Rica; España", "Sí", "No", "No", "No sabe"],
            ["RD", "Santiago", "Pastoral de la Movilidad Humana", "ONG", "Pedro Julio Almonte", "(809) 555-0190",
             "2002-04-15", "Sí", "Origen", "Prostitución; Trabajo forzoso", "Mujeres adultas", "300 víctimas",
             "Argentina; EE.UU.", "No sabe", "No", "No", "Sí"]]
    write_text(inbox / "phase-1/DO_cuestionarios_2002.csv", rows, ";", "utf-8", bom=True)
    expect("phase-1/DO_cuestionarios_2002.csv", "archived", 3)

    head = [i(k, es) for k in ("I1", "I3", "I4", "I5", "I7", "P1", "P6")]
    rows = [head,
            ["República Dominicana", "Migración", "Dirección General de Migración", "Ramón Antonio Jiménez",
             "20/05/2002", "Sí", "aprox. 400"],
            ["República Dominicana", "Fiscalía", "Procuraduría General de la República", "Altagracia Mota Rosario",
             "22/05/2002", "Sí", "cientos"]]
    source = scratch / "DO_entrevistas_2002.xlsx"
    write_xlsx(source, [("Entrevistas", rows, [])])
    lo.save_with_password(source, inbox / "phase-1/DO_entrevistas_2002_protegido.xls", "cim2002")
    expect("phase-1/DO_entrevistas_2002_protegido.xls", "rejected", 0, ["encrypted-file"])


def phase1_belize(inbox):
    """English, written on a Mac: the workbook uses the 1904 date system."""
    en = "en"
    head = [q(k, en) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P6", "P7", "L1", "L2",
                               "L6", "S3")]
    rows = [head,
            ["Belize", "Belize City", "SPEAR", "NGO", "Marisol Gongora", "227-7001", D(2002, 3, 20), "Yes",
             "Destination; Transit", "Prostitution; Sex tourism", "about 300", "Guatemala; Honduras; El Salvador", "No",
             "Don't know", "No", "Yes"],
            ["Belize", "Orange Walk", "NOPCA", "NGO", "Dwight Arnold Flowers", "322-2480", D(2002, 3, 27), "Yes",
             "Destination", "Prostitution", "hundreds", "Guatemala, Honduras", "No", "Signed, not ratified", "No",
             "Yes"],
            ["Belize", "Cayo", "Human Rights Commission of Belize", "NGO", "Leonie Castillo", "824-3015",
             D(2002, 4, 2), "Yes", "Transit and Destination", "Prostitution and Domestic servitude", "50 to 100",
             "Guatemala", "No", "Neither signed nor ratified", "Don't know", "No"]]
    write_xlsx(inbox / "phase-1/Belize_questionnaires_2002.xlsx", [("Questionnaires", rows, [])], epoch_1904=True,
               date_format="D MMM YYYY")
    expect("phase-1/Belize_questionnaires_2002.xlsx", "archived", 3)


def phase1_not_a_questionnaire(inbox):
    """A project budget dropped in the inbox by mistake: no sheet has a header of either instrument."""
    rows = [["Presupuesto del proyecto – Honduras 2002"], [None],
            ["Rubro", "Descripción", "Monto (USD)", "Fuente de financiamiento", "Trimestre"],
            ["Viáticos", "Visitas a San Pedro Sula y Choluteca", 1800, "OEA/CIM", "II"],
            ["Talleres", "Taller de validación con ONG", 2500, "OEA/CIM", "III"],
            ["Imprenta", "Impresión del informe nacional", 1200, "OIM", "IV"]]
    write_xlsx(inbox / "phase-1/HN_presupuesto_proyecto_2002.xlsx", [("Presupuesto", rows, [])])
    expect("phase-1/HN_presupuesto_proyecto_2002.xlsx", "rejected", 0, ["no-instrument"])


def phase2_mexico(inbox, lo, scratch):
    """Regions (southern border, northern border, Federal District); a fuzzy header, an unmatched column;
    a file of bad cells; interviews with official figures (two immigration offices) and a formula."""
    es = "es"
    head = ["Folio interno"] + [q(k, es) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P4",
                                                   "P6", "P7")] + \
           ["Métodos de reclutamento"] + [q(k, es) for k in ("P10", "L5", "L7", "S1")]
    rows = [head,
            ["F-001", "México", "Chiapas", "Centro de Derechos Humanos Fray Matías de Córdova", "ONG",
             "Guadalupe Ruiz Domínguez", "(962) 555-0120", D(2005, 3, 14), "Sí", "Tránsito, Destino",
             "Prostitución; Trabajo forzoso", "Mujeres adultas; Adolescentes mujeres", "más de 1.000",
             "Guatemala; Honduras; El Salvador", "Oferta de empleo falsa; Servidumbre por deudas", "Sí", "A menudo",
             "Mala", "Albergue"],
            ["F-002", "México", "Chiapas", "Albergue Belén", "ONG", "José Luis Hernández Pérez", "(962) 555-0175",
             "18/03/2005", "Sí", "Tránsito", "Prostitución", "Mujeres adultas", "cientos", "Guatemala, Honduras",
             "Engaño sentimental", "Sí", "Siempre", "Muy mala", "Albergue; Atención de salud"],
            ["F-003", "Méjico", "Quintana Roo", "Centro Integral de Atención a las Mujeres", "ONG",
             "Laura Patricia Canul Pool", "(998) 555-0133", "marzo 2005", "Sí", "Destino",
             "Prostitución; Turismo sexual", "Mujeres adultas; Adolescentes mujeres", "200-300", "Cuba; Guatemala",
             "Anuncios; Oferta de empleo falsa", "Sí", "A veces", "Regular", "Apoyo psicológico"],
            ["F-004", "MX", "Baja California", "Casa del Migrante en Tijuana", "ONG", "Ricardo Ortega Félix",
             "(664) 555-0188", D(2005, 4, 4), "Sí", "Tránsito; Origen", "Prostitución; Otro: trabajo en maquilas",
             "Adolescentes mujeres", "aprox. 500", "Guatemala", "Otro: contactos en la línea fronteriza", "Sí",
             "A menudo", "Mala", "-"],
            ["F-005", "México", "Chihuahua", "Casa Amiga Centro de Crisis", "ONG", "Mónica Lozano Ibarra",
             "(656) 555-0161", "15 de abril de 2005", "Sí", "Origen, Tránsito y Destino", "Prostitución",
             "Mujeres adultas", "decenas", "-", "Oferta de empleo falsa", "No sabe", "A veces", "Mala",
             "Asistencia legal"],
            ["F-006", "México", "Distrito Federal", "CIESAS", "Académico", "Rodrigo Salas Montiel", "(55) 5555-0142",
             D(2005, 4, 20), "Sí", "Origen, Tránsito y Destino", "Prostitución; Pornografía; Turismo sexual",
             "Niñas y niños menores de 12 años; Adolescentes mujeres", "miles", "Guatemala; Honduras; Colombia",
             "A través de familiares; Secuestro", "Sí", "A veces", "Regular", "-"]]
    write_xlsx(inbox / "phase-2/MX_cuestionarios_2005.xlsx", [("Cuestionarios", rows, [])])
    expect("phase-2/MX_cuestionarios_2005.xlsx", "archived", 6, ["fuzzy-match", "extra-label"])

    head = [q(k, es, "dot") for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P6", "P7", "L5")]
    rows = [head,
            ["México", "Chiapas", "Por la Superación de la Mujer", "ONG", "Beatriz Elena Cruz", "(962) 555-0111",
             "21/03/2005", "Sí", "muchísimas", "Guatemala", "A menudo"],
            ["México", "Tabasco", "Centro de Derechos Humanos Usumacinta", "ONG", "Javier Ocaña León",
             "(993) 555-0119", "23/03/2005", "Tal vez", "150", "Guatemala; Honduras", "A veces"],
            ["México", "Campeche", "Red Campechana de Mujeres", "ONG", "Rosa María Uc Chan", "(981) 555-0124",
             "31/02/2005", "Sí", "entre 20 y 40", "Tapachula", "Rara vez"],
            ["Guatemala", "San Marcos", "Casa del Migrante de Tecún Umán", "ONG", "Mauro Antonio Velásquez",
             "(502) 776-8201", "25/03/2005", "Sí", "cientos", "Honduras", "A menudo"],
            ["México", "Yucatán", "Universidad Autónoma de Yucatán", "Académico", "Carlos Alberto Pech Canché",
             "(999) 555-0163", "15/03/2050", "Sí", "aprox. 80", "Cuba", "A veces"]]
    write_xlsx(inbox / "phase-2/MX_cuestionarios_frontera_sur_2005.xlsx", [("Frontera sur", rows, [])])
    expect("phase-2/MX_cuestionarios_frontera_sur_2005.xlsx", "archived", 4,
           ["type-error", "unknown-choice", "unknown-country", "country-not-in-phase", "out-of-range"])

    head = [i(k, es, "dot") for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "L1", "L2",
                                      "L5", "O1", "O2", "O3", "O4", "O5")]
    immigration, prosecutor, other, police = (c("agency_type", k, es) for k in
                                              ("immigration", "prosecutor", "other", "national_police"))
    rows = [head,
            ["México", "Chiapas", immigration, "Instituto Nacional de Migración – Delegación Chiapas",
             "Arturo Gómez Ballinas", "Subdelegado", D(2005, 5, 9), "Claudia Ramírez Ortiz", "Sí",
             "Prostitución; Trabajo forzoso", 500, "No", "Ratificado", "A menudo", "=23+14", "1.250", None, "Sí", 2004],
            ["México", "Baja California", immigration, "Instituto Nacional de Migración – Delegación Baja California",
             "Patricia Loera Sandoval", "Delegada", D(2005, 5, 16), "Claudia Ramírez Ortiz", "Sí", "Prostitución",
             "entre 200 y 400", "No", "Ratificado", "A veces", 21, "entre 40 y 60", None, "Sí", 2004],
            ["México", "Distrito Federal", prosecutor,
             "Fiscalía Especial para la Atención de Delitos relacionados con Actos de Violencia contra las Mujeres",
             "Lorena Beltrán Medina", "Agente del Ministerio Público", "23/05/2005", "Claudia Ramírez Ortiz", "Sí",
             "Prostitución; Pornografía", "cientos", "No", "Ratificado", "A veces", 15, None, 31, "Sí", 2004],
            ["México", "Distrito Federal", other, "Sistema Nacional para el Desarrollo Integral de la Familia (DIF)",
             "Héctor Manuel Rosas", "Director de Área", "mayo 2005", "Claudia Ramírez Ortiz", "Sí",
             "Prostitución; Turismo sexual", "más de 1000", "No sabe", "No sabe", "Rara vez", None, 96, None, "Sí", 2004],
            ["México", "Quintana Roo", police, "Policía Federal Preventiva – Cancún", "Jorge Iván Canché",
             "Inspector", D(2005, 6, 1), "Claudia Ramírez Ortiz", "Sí", "Prostitución; Turismo sexual", "aprox. 150",
             "No", "Ratificado", "A menudo", 6, None, 11, "No", 2004]]
    source = scratch / "MX_entrevistas_2005.xlsx"
    write_xlsx(source, [("Entrevistas", rows, [])])
    lo.convert(source, "xlsx", inbox / "phase-2/MX_entrevistas_2005.xlsx")
    expect("phase-2/MX_entrevistas_2005.xlsx", "archived", 5, ["type-error"])

    path = inbox / "phase-2/MX_entrevistas_Sonora.xlsx"
    path.write_bytes(b"")
    expect("phase-2/MX_entrevistas_Sonora.xlsx", "rejected", 0, ["format-error"])


def phase2_bolivia(inbox):
    """Bolivia's departments; the questionnaires sent twice (a copy under another name); the interviews as
    Excel "Unicode text" (UTF-16 with a byte-order mark, tab-separated) at the top of the inbox."""
    es = "es"
    head = [q(k, es, "paren") for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P4", "P5", "P6",
                                        "P8", "L1", "L2", "L5", "S3")]
    signed = "Firmado, no ratificado"
    rows = [head,
            ["Bolivia", "La Paz", "Fundación La Paz", "ONG", "Carmen Rosa Mamani", "(2) 241-0317", D(2005, 2, 14), "Sí",
             "Origen; Tránsito", "Prostitución; Trabajo forzoso", "Adolescentes mujeres; Mujeres adultas", "15 a 17",
             "300", "Argentina; Brasil; España", "No", signed, "A veces", "Sí"],
            ["Bolivia", "El Alto", "Centro de Promoción de la Mujer Gregoria Apaza", "ONG", "Sonia Quispe Choque",
             "(2) 284-1106", "16/02/2005", "Sí", "Origen", "Trabajo forzoso; Prostitución", "Adolescentes mujeres",
             "15 a 17", "cientos", "Argentina, Chile", "No", "No sabe", "A menudo", "No"],
            ["Bolivia", "Santa Cruz de la Sierra", "Casa de la Mujer", "ONG", "Patricia Añez Suárez", "(3) 352-0461",
             "21-02-2005", "Sí", "Origen; Destino", "Prostitución; Turismo sexual", "Mujeres adultas", "18 a 24",
             "entre 100 y 200", "Brasil; Argentina", "No", signed, "A veces", "Sí"],
            ["Bolivia", "Cochabamba", "Infante", "ONG", "Juan Carlos Rocha Vargas", "(4) 425-2291", D(2005, 3, 1), "Sí",
             "Origen", "Trabajo forzoso", "Niñas y niños menores de 12 años", "12 a 14", "decenas", "Argentina", "No",
             signed, "Rara vez", "No sabe"],
            ["Bolivia", "Tarija", "Pastoral de Movilidad Humana Tarija", "ONG", "Lucía Fernández Arce", "(4) 664-3380",
             "marzo 2005", "Sí", "Origen; Tránsito", "Prostitución", "Adolescentes mujeres", "15 a 17", "50-100",
             "Argentina", "No", signed, "A veces", "Sí"]]
    original = inbox / "phase-2/BO_cuestionarios_2005.xlsx"
    write_xlsx(original, [("Cuestionarios", rows, [])])
    expect("phase-2/BO_cuestionarios_2005.xlsx", "archived", 5)
    copy = inbox / "phase-2/reenviado/BO_cuestionarios_2005 (copia).xlsx"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(original, copy)
    expect("phase-2/reenviado/BO_cuestionarios_2005 (copia).xlsx", "duplicate", 0, ["duplicate-file"])

    head = [i(k, es) for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "L1", "L2", "L5",
                               "S3", "O1", "O3", "O4", "O5")]
    rows = [head,
            ["Bolivia", "La Paz", "Migración", "Dirección General de Migración", "René Choque Apaza", "Jefe de Unidad",
             "12/04/2005", "Mirtha Salinas Ortiz", "Sí", "Prostitución; Trabajo forzoso", "150", "No", signed,
             "A veces", "Sí", "28", None, "Sí", "2004"],
            ["Bolivia", "Santa Cruz", "Policía nacional", "Policía Nacional – Brigada de Protección a la Familia",
             "Wilma Gutiérrez Rojas", "Teniente", "18/04/2005", "Mirtha Salinas Ortiz", "Sí", "Prostitución",
             "entre 100 y 300", "No", signed, "A menudo", "No", "14", "9", "Sí", "2004"],
            ["Bolivia", "Cochabamba", "ONG local", "Fundación Levántate Mujer", "Gladys Torrico Mendoza",
             "Coordinadora", "abril 2005", "Mirtha Salinas Ortiz", "Sí", "Trabajo forzoso; Servidumbre doméstica",
             "decenas", "No", "No sabe", "A veces", "Sí", None, None, None, None]]
    write_text(inbox / "Bolivia entrevistas 2005.txt", rows, "\t", "utf-16-le", bom=True)
    expect("Bolivia entrevistas 2005.txt", "archived", 3)


def phase2_belize(inbox):
    """Belize is in two phases: in phase-2/ the folder says which; at the top, nothing does (no-phase)."""
    en = "en"
    head = [q(k, en) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P3", "P6", "L1", "L2", "S3")]
    rows = [head,
            ["Belize", "Belize City", "Society for the Promotion of Education and Research", "NGO", "Janelle Usher",
             "223-1468", D(2005, 5, 3), "Yes", "Prostitution; Sex tourism", "over 200", "No", "Signed, not ratified",
             "Yes"],
            ["Belize", "Belmopan", "National Committee for Families and Children", "Other", "Anthony Pott",
             "822-2304", "10/05/2005", "Yes", "Prostitution; Domestic servitude", "50-100", "Yes", "Signed, not ratified",
             "Yes"],
            ["Belize", "Dangriga", "Belize Family Life Association", "NGO", "Sharon Nicholas", "522-3107",
             "May 17, 2005", "Don't know", "-", "Don't know", "Yes", "Don't know", "No"]]
    write_xlsx(inbox / "phase-2/Belize_questionnaires_2005.xlsx", [("Sheet1", rows, [])])
    expect("phase-2/Belize_questionnaires_2005.xlsx", "archived", 3)

    rows = [head,
            ["Belize", "San Ignacio", "Human Rights Commission of Belize", "NGO", "Carlos Tzib", "824-2260",
             D(2005, 6, 2), "Yes", "Prostitution", "hundreds", "Yes", "Signed, not ratified", "Yes"],
            ["Belize", "Corozal", "Gaspar Martínez", "Independent expert", "Gaspar Martínez", "422-0571",
             D(2005, 6, 6), "Yes", "Prostitution; Forced labour", "about 150", "Yes", "Don't know", "No"]]
    write_xlsx(inbox / "Belize NGO questionnaires.xlsx", [("Sheet1", rows, [])])
    expect("Belize NGO questionnaires.xlsx", "rejected", 0, ["no-phase"])


def caribbean_jamaica(inbox):
    """A KoboToolbox export ("both": summary and per-choice columns) at the top of the inbox (the phase
    comes from the country), and English interviews with official figures from two police units."""
    groups = {"R": "grp_respondent", "P": "grp_presence", "L": "grp_law", "S": "grp_services"}
    multi = {"P2": ["origin", "transit", "destination"],
             "P3": ["prostitution", "sex_tourism", "pornography", "servile_marriage", "domestic_servitude",
                    "forced_labour", "other"],
             "P7": ["CO", "DO", "GY", "HT", "RU"]}
    items = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P6", "P7", "P10", "L1", "L2", "L5", "L7",
             "S2", "S3"]
    head = ["start", "end", "today", "deviceid"]
    for code in items:
        head.append(f"{groups[code[0]]}/{code}")
        head += [f"{groups[code[0]]}/{code}/{choice}" for choice in multi.get(code, [])]
    head += ["_id", "_uuid", "_submission_time", "_validation_status", "__version__", "_index"]

    def submission(n, minutes, answers, chosen, uuid):
        """answers: item -> value; chosen: multi-select item -> per-choice codes marked 1 (None: unanswered)."""
        start = dt.datetime(2005, 6, 13 + n, 9, 10 + n)
        row = [start.isoformat() + ".000-05:00", (start + dt.timedelta(minutes=minutes)).isoformat() + ".000-05:00",
               start.date().isoformat(), "ee.kobotoolbox.org:Jm7Qx2LpT4vR9sWd"]
        for code in items:
            row.append(answers.get(code))
            if code in multi:
                picked = chosen.get(code)
                row += [None if picked is None else int(choice in picked) for choice in multi[code]]
        return row + [10450 + n, uuid, (start + dt.timedelta(hours=5, minutes=minutes + 3)).isoformat(), None,
                      "vJmQ3kA8Fz2sXyWp", n]

    rows = [head,
            submission(1, 29, {"R1": "JM", "R2": "Kingston", "R3": "Woman Inc.", "R4": "ngo",
                               "R5": "Marcia Campbell-Brown", "R6": "876-555-0142", "R7": "2005-06-14", "P1": "yes",
                               "P2": "destination origin", "P3": "prostitution sex_tourism", "P6": "about 300",
                               "P7": "DO HT CO", "P10": "yes", "L1": "no", "L2": "signed", "L5": "often", "L7": "2",
                               "S2": "3", "S3": "yes"},
                       {"P2": ["destination", "origin"], "P3": ["prostitution", "sex_tourism"],
                        "P7": ["DO", "HT", "CO"]}, "3f1c2a9e-5b7d-4e21-9a0c-6d2f8b1e4a17"),
            # The summary column says prostitution only; the per-choice columns also tick sex_tourism.
            submission(2, 35, {"R1": "JM", "R2": "Montego Bay", "R3": "Children First Agency", "R4": "ngo",
                               "R5": "Delroy Walters", "R6": "876-555-0178", "R7": "2005-06-15", "P1": "yes",
                               "P2": "destination transit", "P3": "prostitution", "P6": "hundreds", "P7": "DO",
                               "P10": "unknown", "L1": "no", "L2": "unknown", "L5": "sometimes", "L7": "2", "S2": "2",
                               "S3": "yes"},
                       {"P2": ["destination", "transit"], "P3": ["prostitution", "sex_tourism"], "P7": ["DO"]},
                       "a84d0b6e-27c1-4f5a-b3e9-0c7d12f9e655"),
            submission(3, 22, {"R1": "JM", "R2": "Kingston", "R3": "University of the West Indies, Mona",
                               "R4": "academic", "R5": "Nadine Thompson-Hall", "R6": "876-555-0109",
                               "R7": "2005-06-16", "P1": "yes", "P2": "origin destination",
                               "P3": "prostitution domestic_servitude", "P6": "50-100", "P7": "GY HT", "P10": "yes",
                               "L1": "no", "L2": "signed", "L5": "often", "L7": "3", "S2": "3", "S3": "no"},
                       {"P2": ["origin", "destination"], "P3": ["prostitution", "domestic_servitude"],
                        "P7": ["GY", "HT"]}, "c2e95f31-8d40-4b6c-9f17-5a3b0e82d4c9"),
            submission(4, 14, {"R1": "JM", "R2": "Ocho Rios", "R3": "Independent researcher", "R4": "expert",
                               "R5": "Owen McFarlane", "R6": "876-555-0196", "R7": "2005-06-17", "P1": "unknown",
                               "P10": "unknown", "L1": "unknown", "L2": "unknown", "L5": "unknown", "S3": "unknown"},
                       {}, "e7b13c58-4a9f-4d02-8e6b-91f4c0a27d3e")]
    write_xlsx(inbox / "Jamaica_model_questionnaire_-_all_versions_-_2005-07-14-15-02-11.xlsx",
               [("Jamaica model questionnaire", rows, [])])
    expect("Jamaica_model_questionnaire_-_all_versions_-_2005-07-14-15-02-11.xlsx", "archived", 4,
           ["choice-columns-disagree"])

    en = "en"
    head = [i(k, en) for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "L1", "L2", "L5",
                               "L6", "S3", "O1", "O2", "O3", "O4", "O5")]
    police, immigration, ngo = (c("agency_type", k, en) for k in ("national_police", "immigration", "local_ngo"))
    rows = [head,
            ["Jamaica", "Kingston", police, "Jamaica Constabulary Force – Centre for Investigation of Sexual Offences "
             "and Child Abuse (CISOCA)", "Sgt. Donovan Reid", "Sergeant", "15 March 2005", "Andrea Morris",
             "Yes", "Prostitution", "over 200", "No", "Signed, not ratified", "Sometimes", "No", "Yes", 14, None, 6,
             "Yes", 2004],
            ["Jamaica", "Kingston", police, "Jamaica Constabulary Force – Organized Crime Investigation Division",
             "Insp. Marlon Grant", "Inspector", "March 22, 2005", "Andrea Morris", "Yes", "Prostitution; Sex tourism",
             "about 150", "No", "Signed, not ratified", "Often", "No", "No", 9, None, 11, "Yes", 2004],
            ["Jamaica", "Kingston", immigration, "Passport, Immigration and Citizenship Agency", "Claudette Williams",
             "Director, Border Management", D(2005, 3, 29), "Andrea Morris", "Yes", "Prostitution", "hundreds", "No",
             "Don't know", "Rarely", "No", "No", 3, 27, None, "Yes", 2004],
            ["Jamaica", "Montego Bay", ngo, "Woman Inc. – Montego Bay Crisis Centre", "Paulette Henry", "Coordinator",
             "04/2005", "Andrea Morris", "Yes", "Prostitution; Sex tourism; Domestic servitude", "more than 300", "No",
             "-", "Often", "Don't know", "Yes", None, None, None, None, None]]
    write_xlsx(inbox / "caribbean/Jamaica interviews 2005.xlsx", [("Interviews", rows, [])])
    expect("caribbean/Jamaica interviews 2005.xlsx", "archived", 4)


def caribbean_suriname(inbox, lo, scratch):
    """Dutch labels (the codebook's nl column) and Dutch values: Ja, Nee, Weet niet."""
    nl = "nl"
    head = [q(k, nl) for k in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "P1", "P2", "P3", "P4", "P6", "P10", "L1",
                               "L5", "S3")]
    rows = [head,
            ["Suriname", "Paramaribo", "Stichting Projekta", "Ngo", "Sandra Kromodimedjo", "47-1234", D(2005, 5, 10),
             "Ja", "Doorvoer; Bestemming", "Prostitutie; Sekstoerisme", "Volwassen vrouwen; Adolescente meisjes", "150",
             "Ja", "Nee", "Vaak", "Nee"],
            ["Suriname", "Nickerie", "Stichting Stop Geweld tegen Vrouwen", "Ngo", "Ricardo Pinas", "23-1876",
             "12-05-2005", "Ja", "Bestemming", "Prostitutie", "Volwassen vrouwen", "50-100", "Weet niet", "Nee", "Soms",
             "Ja"],
            ["Suriname", "Paramaribo", "Anton de Kom Universiteit van Suriname", "Academicus", "Merlyn Sedney",
             "46-5558", "2005-05-18", "Weet niet", None, None, None, None, "Weet niet", "Nee", "Weet niet",
             "Weet niet"]]
    source = scratch / "SR_vragenlijsten_2005.xlsx"
    write_xlsx(source, [("Vragenlijsten", rows, [])])
    lo.convert(source, "xlsx", inbox / "caribbean/SR_vragenlijsten_2005.xlsx")
    expect("caribbean/SR_vragenlijsten_2005.xlsx", "archived", 3)

    head = [i(k, nl) for k in ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "P1", "P3", "P6", "P10", "L1", "L5",
                               "L6", "S3", "O1", "O4", "O5")]
    rows = [head,
            ["Suriname", "Paramaribo", "Vreemdelingendienst", "Korps Politie Suriname – Vreemdelingenpolitie",
             "Rinaldo Wijngaarde", "Inspecteur", D(2005, 6, 7), "Nadia Ramdin", "Ja", "Prostitutie", 80, "Ja", "Nee",
             "Vaak", "Nee", "Nee", 11, "Ja", 2004],
            ["Suriname", "Paramaribo", "Openbaar Ministerie", "Openbaar Ministerie Suriname", "Chandra Mahabier",
             "Officier van Justitie", "09-06-2005", "Nadia Ramdin", "Ja", "Prostitutie; Dwangarbeid", "120", "Ja",
             "Nee", "Soms", "Nee", "Nee", 4, "Ja", 2004]]
    source = scratch / "SR_interviews_2005.xlsx"
    write_xlsx(source, [("Interviews", rows, [])])
    lo.convert(source, "xls", inbox / "caribbean/SR_interviews_2005.xls")
    expect("caribbean/SR_interviews_2005.xls", "archived", 2)


def caribbean_netherlands_antilles(inbox):
    """A plain UTF-8 CSV from the islands: Curaçao, Bonaire and Sint Maarten all count as AN."""
    en = "en"
    head = [q(k, en) for k in ("R1", "R3", "R4", "R5", "R6", "R7", "P1", "P3", "P6", "P7", "L1", "L5", "S3")]
    rows = [head,
            ["Curaçao", "Fundashon Famia Plania", "NGO", "Ingrid Martina", "(5999) 736-1000", "March 15, 2005", "Yes",
             "Prostitution", "about 500", "Colombia; Dominican Republic; Venezuela", "No", "Often", "No"],
            ["Bonaire", "Fundashon Hubentut Boneiru", "NGO", "Mario Cicilia", "(5997) 717-4411", "2005-03-18", "Yes",
             "Prostitution, Domestic servitude", "dozens", "Colombia; Venezuela", "No", "Sometimes", "Yes"],
            ["Sint Maarten", "Safe Haven Foundation", "NGO", "Claudette Richardson", "(5995) 542-2760",
             "22 March 2005", "Yes", "Prostitution; Sex tourism", "100 to 200", "Dominican Republic, Haiti",
             "Don't know", "Often", "No"]]
    write_text(inbox / "caribbean/Curacao_questionnaires_2005.csv", rows, ",", "utf-8")
    expect("caribbean/Curacao_questionnaires_2005.csv", "archived", 3)


def caribbean_barbados_truncated(inbox, scratch):
    """A copy that stopped half-way: the zip has no central directory."""
    en = "en"
    head = [q(k, en) for k in ("R1", "R3", "R4", "R5", "R7", "P1", "P3", "P6")]
    rows = [head,
            ["Barbados", "Business and Professional Women's Club", "NGO", "Gail Alleyne", D(2005, 4, 12), "Yes",
             "Prostitution", "dozens"],
            ["Barbados", "Barbados Association of Non-Governmental Organizations", "NGO", "Trevor Holder",
             D(2005, 4, 19), "Don't know", "-", "Don't know"]]
    whole = scratch / "Barbados questionnaires 2005.xlsx"
    write_xlsx(whole, [("Questionnaires", rows, [])])
    data = whole.read_bytes()
    target = inbox / "caribbean/Barbados questionnaires 2005.xlsx"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data[: len(data) * 11 // 20])
    expect("caribbean/Barbados questionnaires 2005.xlsx", "rejected", 0, ["format-error"])


# ---------------------------------------------------------------------------------------------------

def consistency_rules(inbox):
    """Answers that contradict each other (instruments.md, "Consistency rules"): a Spanish interview CSV that breaks
    every rule of the study at least once, beside answers that come close and must not (unknown, missing,
    approximate, overlapping); and an English questionnaire CSV in which nothing breaks a rule."""
    es = "es"
    head = [i(k, es, "dot") for k in ("I1", "I2", "I3", "I4", "I5", "I7", "P1", "P2", "P3", "P4", "P5", "P6",
                                      "L3", "L4", "O1", "O2")]
    rows = [head,
            # P1 "No" yet P2, P3 and P6 describe trafficking (H2, I2, L2).
            ["México", "Chiapas", "Fiscalía", "Fiscalía Especial para la Atención de Delitos contra Mujeres",
             "Lucía Hernández Cruz", "10/03/2005", "No", "Origen", "Prostitución", None, None, "entre 100 y 200",
             "10", "5", "20", "5"],
            # Under 12 without children among the victims (K3), 12 convictions for 5 investigations (N3),
            # 25 minors deported for 10 victims identified (P3).
            ["México", "Baja California", "Policía nacional", "Policía Federal Preventiva, Tijuana",
             "Jorge Ramírez Soto", "14/03/2005", "Sí", "Tránsito; Destino", "Prostitución; Trabajo forzoso",
             "Mujeres adultas; Adolescentes mujeres", "Menores de 12", "300", "5", "12", "10", "25"],
            # More than 20 convictions for 5 to 10 investigations (N4); P4 unknown and O1 missing break nothing.
            ["México", "Quintana Roo", "Fiscalía", "Procuraduría General de Justicia de Quintana Roo",
             "Rosa María Chan Pech", "18/03/2005", "Sí", "Destino", "Prostitución; Turismo sexual", "No sabe",
             "Menores de 12", "cientos", "entre 5 y 10", "más de 20", None, "30"],
            # P1 unknown, an approximate count of investigations, as many minors as victims: nothing to warn.
            ["México", "Distrito Federal", "Ministerio de Trabajo", "Secretaría del Trabajo y Previsión Social",
             "Alberto Núñez Ortega", "22/03/2005", "No sabe", None, "Prostitución", "Niñas y niños menores de 12 años",
             "Menores de 12", None, "aprox. 10", "50", "40", "40"]]
    write_text(inbox / "phase-2/MX_entrevistas_incoherentes_2005.csv", rows, ";", "utf-8", bom=True)
    expect("phase-2/MX_entrevistas_incoherentes_2005.csv", "archived", 4, ["constraint-error"],
           ["P2@H2", "P3@I2", "P6@L2", "P5@K3", "L4@N3", "O2@P3", "L4@N4"])

    en = "en"
    head = [q(k, en) for k in ("R1", "R3", "R4", "R5", "R7", "P1", "P2", "P3", "P4", "P5", "P6", "P11", "L3", "L4")]
    rows = [head,
            # Trafficking said absent, and nothing described: unknown and blank answers are no description.
            ["Belize", "Youth Enhancement Services", "NGO", "Karen Flowers Young", "2005-05-10", "No", None,
             "Don't know", None, None, "-", None, "10", "10"],
            # Under 12 with children among the victims; overlapping ranges of investigations and convictions.
            ["Belize", "Belize Family Life Association", "NGO", "Daniel Usher Gomez", "2005-05-12", "Yes",
             "Transit and Destination", "Prostitution", "Adult women; Children under 12", "Under 12", "50 to 100",
             "Yes", "between 5 and 10", "between 8 and 20"],
            # P1 unknown; more than 10 investigations may well be 40 or more.
            ["Belize", "National Committee for Families and Children", "Independent expert", "Sandra Castillo Reyes",
             "2005-05-20", "Don't know", "Destination", "Prostitution; Sex tourism", "Adult women", "15 to 17",
             "hundreds", None, "more than 10", "40"],
            # An approximate count of convictions is never compared with certainty.
            ["Belize", "Women's Issues Network", "NGO", "Joan Martinez Lopez", "2005-05-24", "Yes", "Origin",
             "Domestic servitude", "Adult women", "Don't know", "about 300", "No", "5", "about 50"]]
    write_text(inbox / "phase-2/BZ_questionnaires_checked_2005.csv", rows, ",", "utf-8")
    expect("phase-2/BZ_questionnaires_checked_2005.csv", "archived", 4, [], ["none"])


# ---------------------------------------------------------------------------------------------------
# Case records in the CTDC format (cases.md): a third source, at the top of the inbox (a case file spans phases).

def case_records(inbox):
    """The older CTDC names with -99 as a csv; the 2024 names as an xlsx written the way small exporters write one
    (a minimal SpreadsheetML zip), with Excel's mangling: some 9--17 bands as dates (17 September), 48+ as the number
    48. Counts are chosen so that every verdict of cases.md shows up (input-samples/README.md lists them)."""
    from xml.sax.saxutils import escape
    import zipfile
    OLD=["yearOfRegistration","Datasource","gender","ageBroad","majorityStatus","citizenship",
     "meansOfControlDebtBondage","meansOfControlThreats","meansOfControlFalsePromises","meansOfControlConcatenated",
     "isForcedLabour","isSexualExploit","isForcedMarriage","isOtherExploit","typeOfExploitConcatenated",
     "typeOfLabourDomesticWork","typeOfSexProstitution","typeOfSexPornography",
     "isAbduction","RecruiterRelationIntimatePartner","RecruiterRelationFriend","RecruiterRelationFamily","RecruiterRelationOther","recruiterRelationUnknown",
     "CountryOfExploitation"]
    def old(n, year, src, gender, age, cit, exp, forms=(), means=(), rec=(), unknown_forms=False, unknown_rec=False):
        rows=[]
        for i in range(n):
            minor = "-99" if age=="-99" else ("Minor" if age in ("0--8","9--17") else "Adult")
            r={"yearOfRegistration":year,"Datasource":src,"gender":gender,"ageBroad":age,"majorityStatus":minor,
               "citizenship":cit,"CountryOfExploitation":exp}
            for c,m in [("meansOfControlDebtBondage","debt"),("meansOfControlThreats","threats"),("meansOfControlFalsePromises","false")]:
                r[c]="-99" if unknown_rec else ("1" if m in means else "0")
            r["meansOfControlConcatenated"]="-99" if unknown_rec else ";".join({"debt":"Debt bondage","threats":"Threats","false":"False promises"}[m] for m in means) or "-99"
            for c,f in [("isForcedLabour","labour"),("isSexualExploit","sex"),("isForcedMarriage","marriage"),("isOtherExploit","other"),
                        ("typeOfLabourDomesticWork","domestic"),("typeOfSexProstitution","prost"),("typeOfSexPornography","porn")]:
                r[c]="-99" if unknown_forms else ("1" if f in forms else "0")
            r["typeOfExploitConcatenated"]="-99" if unknown_forms else ";".join({"labour":"Forced labour","sex":"Sexual exploitation"}[f] for f in forms if f in ("labour","sex")) or "-99"
            for c,x in [("isAbduction","abduction"),("RecruiterRelationIntimatePartner","partner"),("RecruiterRelationFriend","friend"),
                        ("RecruiterRelationFamily","family"),("RecruiterRelationOther","otherrel"),("recruiterRelationUnknown","unknownrel")]:
                r[c]="-99" if unknown_rec else ("1" if x in rec else "0")
            rows.append(r)
        return rows
    R=[]
    # Mexico, phase-2: exploited in MX
    R+=old(8,2017,"Case Management","Female","18--20","GT","MX",("sex","prost"),("debt",),("family",))
    R+=old(6,2018,"Case Management","Female","21--23","GT","MX",("sex","prost"),("threats",),("partner",))
    R+=old(4,2018,"Hotline","Female","24--26","GT","MX",("sex","prost"),("debt",),("friend",))
    R+=old(2,2019,"Hotline","Female","-99","GT","MX",("sex","prost"),(),(),unknown_rec=True)
    R+=old(12,2018,"Case Management","Female","9--17","HN","MX",("sex","prost"),("false",),("partner",))
    R+=old(3,2019,"Case Management","Male","30--38","SV","MX",("labour",),("debt",),("otherrel",))
    R+=old(4,2019,"Case Management","Female","0--8","MX","MX",("labour","domestic"),(),("family",))
    R+=old(2,2020,"Hotline","Male","0--8","MX","MX",(),(),(),unknown_forms=True,unknown_rec=True)
    # Mexicans exploited in the United States
    R+=old(8,2019,"Hotline","Female","27--29","MX","US",("labour","domestic"),("threats",),("unknownrel",))
    # Belize (phase-1 and phase-2): exploited in BZ
    R+=old(12,2018,"Case Management","Female","18--20","GT","BZ",("sex","prost"),("debt",),("family",))
    # Guatemala (phase-1): few cases
    R+=old(5,2020,"Case Management","Female","9--17","SV","GT",("sex","prost"),(),("partner",))
    # outside the study
    R+=old(20,2017,"Hotline","Male","30--38","US","US",("labour",),("debt",),("unknownrel",))
    R+=old(10,2018,"Case Management","Female","21--23","PH","AE",("labour","domestic"),("threats",),("otherrel",))
    R+=old(3,2019,"Hotline","-99","-99","-99","-99",(),(),(),unknown_forms=True,unknown_rec=True)
    with open(inbox / "ctdc_case_records_2017-2021.csv","w",newline="") as f:
        w=csv.DictWriter(f,fieldnames=OLD); w.writeheader(); w.writerows(R)


    # 2024 synthetic-format extract as xlsx
    NEW=["yearOfRegistration","gender","ageBroad","citizenship","CountryOfExploitation","traffickMonths",
     "isForcedLabour","isSexualExploit","isOtherExploit","typeOfSexProstitution","typeOfSexPornography","typeOfLabourDomesticWork",
     "meansDebtBondageEarnings","meansThreats","meansFalsePromises",
     "recruiterRelationIntimatePartner","recruiterRelationFriend","recruiterRelationFamily","recruiterRelationOther","recruiterRelationUnknown"]
    def new(n, year, gender, age, cit, exp, months, forms=(), means=(), rec=()):
        rows=[]
        for i in range(n):
            r={"yearOfRegistration":year,"gender":gender,"ageBroad":age,"citizenship":cit,"CountryOfExploitation":exp,"traffickMonths":months}
            for c,f in [("isForcedLabour","labour"),("isSexualExploit","sex"),("isOtherExploit","other"),("typeOfSexProstitution","prost"),
                        ("typeOfSexPornography","porn"),("typeOfLabourDomesticWork","domestic")]:
                r[c]=1 if f in forms else 0
            for c,m in [("meansDebtBondageEarnings","debt"),("meansThreats","threats"),("meansFalsePromises","false")]:
                r[c]="NA" if means is None else (1 if m in means else 0)
            for c,x in [("recruiterRelationIntimatePartner","partner"),("recruiterRelationFriend","friend"),("recruiterRelationFamily","family"),
                        ("recruiterRelationOther","otherrel"),("recruiterRelationUnknown","unknownrel")]:
                r[c]="NA" if rec is None else (1 if x in rec else 0)
            rows.append(r)
        return rows
    N=[]
    # Jamaica (caribbean): exploited in JM
    N+=new(5,2021,"Female","9--17","JM","JM","0--12 (0-1 yr)",("sex","prost"),("false",),("partner",))
    N+=new(4,2021,"Female","18--20","GY","JM","0--12 (0-1 yr)",("sex","prost"),("debt",),("friend",))
    N+=new(4,2022,"Female","21--23","DO","JM","13--24 (1-2 yrs)",("sex","prost"),("debt",),("family",))
    N+=new(2,2022,"Female","48+","DO","JM","13--24 (1-2 yrs)",("labour","domestic"),None,None)
    # Jamaicans exploited in the United States
    N+=new(3,2022,"Male","30--38","JM","US","0--12 (0-1 yr)",("labour",),("threats",),("otherrel",))
    # Dominicans (phase-1) exploited in Argentina and Spain
    N+=new(7,2021,"Female","18--20","DO","AR","13--24 (1-2 yrs)",("sex","prost"),("debt",),("partner",))
    N+=new(5,2022,"Female","9--17","DO","ES","0--12 (0-1 yr)",("sex","prost"),("false",),("friend",))
    # outside the study
    N+=new(12,2021,"Male","30--38","UA","PL","NA",("labour",),("debt",),("unknownrel",))
    N+=new(6,2022,"Female","24--26","NP","IN","NA",("sex","prost"),("threats",),("family",))


    # Excel's mangling: some 9--17 bands became dates (17 September), some 48+ became the number 48.
    def cellxml(ref, v, col):
        if col=="ageBroad" and v=="9--17" and int(ref[1:])%2==0:
            serial=(dt.date(2024,9,17)-dt.date(1899,12,30)).days
            return '<c r="%s" s="1"><v>%d</v></c>'%(ref,serial)
        if col=="ageBroad" and v=="48+":
            return '<c r="%s"><v>48</v></c>'%ref
        if isinstance(v,int):
            return '<c r="%s"><v>%d</v></c>'%(ref,v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'%(ref,escape(str(v)))
    def colname(i):
        s=""; i+=1
        while i: i,r=divmod(i-1,26); s=chr(65+r)+s
        return s
    rows=['<row r="1">'+"".join(cellxml(colname(j)+"1",h,None) for j,h in enumerate(NEW))+'</row>']
    for i,r in enumerate(N):
        rn=i+2
        rows.append('<row r="%d">'%rn+"".join(cellxml(colname(j)+str(rn),r[h],h) for j,h in enumerate(NEW))+'</row>')
    sheet='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'+"".join(rows)+'</sheetData></worksheet>'
    styles='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="d\\-mmm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'
    wb='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="CTDC synthetic 2024" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ct='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    path = inbox / "CTDC_synthetic_2024_Americas_extract.xlsx"
    with zipfile.ZipFile(path,"w",zipfile.ZIP_DEFLATED) as z:
        for name,data in [("[Content_Types].xml",ct),("_rels/.rels",rels),("xl/workbook.xml",wb),("xl/_rels/workbook.xml.rels",wbrels),("xl/styles.xml",styles),("xl/worksheets/sheet1.xml",sheet)]:
            zi=zipfile.ZipInfo(name,date_time=(2024,9,30,12,0,0)); zi.compress_type=zipfile.ZIP_DEFLATED
            z.writestr(zi,data)
    expect("ctdc_case_records_2017-2021.csv", "archived", 99, ["cases-outside-study"])
    expect("CTDC_synthetic_2024_Americas_extract.xlsx", "archived", 48, ["cases-outside-study"])



def main():
    with tempfile.TemporaryDirectory(prefix="cim-samples-") as tmp:
        scratch = Path(tmp)
        inbox = scratch / "inbox"
        inbox.mkdir()
        lo = LibreOffice(scratch)
        phase1_costa_rica(inbox, lo, scratch)
        phase1_brazil(inbox, lo, scratch)
        phase1_guatemala(inbox)
        phase1_honduras(inbox)
        phase1_nicaragua(inbox)
        phase1_el_salvador(inbox, lo, scratch)
        phase1_panama(inbox, lo, scratch)
        phase1_dominican_republic(inbox, lo, scratch)
        phase1_belize(inbox)
        phase1_not_a_questionnaire(inbox)
        phase2_mexico(inbox, lo, scratch)
        phase2_bolivia(inbox)
        phase2_belize(inbox)
        caribbean_jamaica(inbox)
        caribbean_suriname(inbox, lo, scratch)
        caribbean_netherlands_antilles(inbox)
        caribbean_barbados_truncated(inbox, scratch)
        consistency_rules(inbox)
        case_records(inbox)

        written = sorted(p.relative_to(inbox).as_posix() for p in inbox.rglob("*") if p.is_file())
        expected = sorted(e[0] for e in EXPECTED)
        if written != expected:
            sys.exit(f"files and expectations differ: {sorted(set(written) ^ set(expected))}")

        OUT.mkdir(exist_ok=True)
        for old in sorted(OUT.iterdir(), reverse=True):
            if old.name in KEEP:
                continue
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        for name in written:
            (OUT / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(inbox / name, OUT / name)

    with open(OUT / "expected.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["file", "outcome", "respondents", "issue_codes", "consistency_warnings"])
        out.writerows(sorted(EXPECTED))
    total = sum((OUT / e[0]).stat().st_size for e in EXPECTED)
    print(f"{len(EXPECTED)} sample files, {total} bytes, in {OUT}")


if __name__ == "__main__":
    main()
