#!/usr/bin/env python3
"""Writes the Spanish catalogue into atrium_es.ts and English plural forms into atrium_en.ts.

Run after `cmake --build build/dev --target atrium_gui_lupdate` adds new strings; a string
missing here stays unfinished, and tst_translations fails until it is translated.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ES = {
    "%1 · %n pending": ("%1 · %n pendiente", "%1 · %n pendientes"),
    "%1, %2–%3": "%1, %2–%3",
    "%1, %2. The space becomes free for others.": "%1, %2. El espacio quedará libre para otras personas.",
    "%n booking(s)": ("%n reserva", "%n reservas"),
    "1 hour": "1 hora",
    "15 minutes": "15 minutos",
    "1½ hours": "1 hora y media",
    "2 hours": "2 horas",
    "3 hours": "3 horas",
    "30 minutes": "30 minutos",
    "4 hours": "4 horas",
    "A change was not accepted.": "Un cambio no se aceptó.",
    "All day (8 hours)": "Todo el día (8 horas)",
    "Atrium": "Atrium",
    "Atrium — %1": "Atrium — %1",
    "Book": "Reservar",
    "Book instead:": "Reservar en su lugar:",
    "Booking": "Reserva",
    "Booking %1, %2": "Reserva de %1, %2",
    "Busy": "Ocupado",
    "Calendar": "Calendario",
    "Cancel": "Cancelar",
    "Cancel booking": "Anular reserva",
    "Cancel booking…": "Anular reserva…",
    "Cancel this booking?": "¿Anular esta reserva?",
    "Cancellation of a booking": "Anulación de una reserva",
    "Check a member in": "Registrar la entrada de un miembro",
    "Check in": "Registrar entrada",
    "Checked out": "Salida registrada",
    "Approve": "Aprobar",
    "Decline": "Rechazar",
    "Waiting for approval": "Pendiente de aprobación",
    "checked out": "salida registrada",
    "waiting for approval": "pendiente de aprobación",
    "offered from the waitlist": "ofrecida desde la lista de espera",
    "Waitlist offer": "Oferta de la lista de espera",
    "Offered from the waitlist — waiting for the member to accept": "Ofrecida desde la lista de espera — a la espera de que el miembro la acepte",
    "Check in member": "Registrar entrada",
    "Check-in": "Entrada",
    "Check-ins are saved on this computer first, so they work offline too.":
        "Las entradas se guardan primero en este ordenador, así que también funcionan sin conexión.",
    "Checked in": "Entrada registrada",
    "Close": "Cerrar",
    "Confirmed": "Confirmada",
    "Dismiss": "Descartar",
    "Email": "Correo electrónico",
    "Enter your email and password.": "Escribe tu correo electrónico y tu contraseña.",
    "Everything is up to date.": "Todo está al día.",
    "Front desk": "Recepción",
    "Keep it": "Mantenerla",
    "Last synced at %1": "Última sincronización a las %1",
    "Length": "Duración",
    "Loading the calendar…": "Cargando el calendario…",
    "Location": "Sede",
    "Member": "Miembro",
    "New booking": "Nueva reserva",
    "Next day": "Día siguiente",
    "Not synced yet": "Aún sin sincronizar",
    "Offline": "Sin conexión",
    "Offline — new bookings are kept on this computer and sent when the connection returns.":
        "Sin conexión: las reservas nuevas se guardan en este ordenador y se envían cuando vuelva la conexión.",
    "Offline — the calendar will appear once this computer has synced with the server.":
        "Sin conexión: el calendario aparecerá cuando este ordenador se sincronice con el servidor.",
    "Online": "Conectado",
    "Optional": "Opcional",
    "Password": "Contraseña",
    "Pending — waiting for the server": "Pendiente: esperando al servidor",
    "Previous day": "Día anterior",
    "Server": "Servidor",
    "Server address": "Dirección del servidor",
    "Sign in": "Entrar",
    "Sign in to run your space.": "Entra para gestionar tu espacio.",
    "Sign out": "Cerrar sesión",
    "Signing in…": "Entrando…",
    "Space": "Espacio",
    "Starts": "Empieza",
    "Syncing": "Sincronizando",
    "Title": "Título",
    "Today": "Hoy",
    "Waiting for the server": "Esperando al servidor",
    "Your booking of %1 at %2 was not accepted.": "Tu reserva de %1 el %2 no se aceptó.",
    "checked in": "entrada registrada",
    "pending": "pendiente",
    "you@example.com": "tu@ejemplo.com",
    "%1 is already booked at that time.": "%1 ya está reservada a esa hora.",
    "Your account is not allowed to do this.": "Tu cuenta no tiene permiso para hacer esto.",
    "The email or password is not right.": "El correo electrónico o la contraseña no son correctos.",
    "The server could not be reached. Check the address and your connection.":
        "No se pudo contactar con el servidor. Comprueba la dirección y tu conexión.",
}

EN_PLURALS = {
    "%1 · %n pending": ("%1 · %n pending", "%1 · %n pending"),
    "%n booking(s)": ("%n booking", "%n bookings"),
}


def fill(path: Path, table: dict, only_plurals: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        value = table.get(source)
        if value is None:
            if not only_plurals:
                missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line lupdate writes, so the file diffs cleanly.
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text, encoding="utf-8")
    return missing


here = Path(__file__).resolve().parent.parent
missing = fill(here / "atrium_es.ts", ES, False)
fill(here / "atrium_en.ts", EN_PLURALS, True)
if missing:
    print("untranslated in atrium_es.ts:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
