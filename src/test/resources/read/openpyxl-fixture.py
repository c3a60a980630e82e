# Writes openpyxl.xlsx, a fixture for the spreadsheet readers' tests: run with Debian's python3 and
# python3-openpyxl (3.0.9): /usr/bin/python3 openpyxl-fixture.py
import datetime
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Datos"
ws.append(["País", "Fecha", "P6", "Doble", "Firmado", "Código"])
ws.append(["Panamá", datetime.date(2002, 3, 15), 1500, "=C2*2", True, "0042"])
ws.append(["Perú", datetime.datetime(2002, 3, 15, 10, 30), 2.5, None, False, "Não"])
notes = wb.create_sheet("Notas")
notes["B3"] = "Asociación"
# openpyxl stores no properties that vary between runs except the timestamps; fix them for stable bytes
wb.properties.created = datetime.datetime(2026, 1, 1)
wb.properties.modified = datetime.datetime(2026, 1, 1)
wb.save("openpyxl.xlsx")
