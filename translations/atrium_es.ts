<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCard</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Offline. %1</source>
        <translation>Sin conexión. %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>To use another server, sign out and type its address on the sign-in page.</source>
        <translation>Para usar otro servidor, cierra la sesión y escribe su dirección en la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin · %1</source>
        <translation>Administración · %1</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Normas de reserva</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>New space</source>
        <translation>Nuevo espacio</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n plaza</numerusform>
            <numerusform>%1 · %n plazas</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>Only an administrator changes the location.</source>
        <translation>Solo un administrador cambia la sede.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Guardar sede</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Start Atrium when I log in to this computer</source>
        <translation>Abrir Atrium al iniciar sesión en este equipo</translation>
    </message>
</context>
<context>
    <name>BookingBlock</name>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>entrada registrada</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>salida registrada</translation>
    </message>
    <message>
        <source>offered from the waitlist</source>
        <translation>ofrecida desde la lista de espera</translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation>No vino: %1</translation>
    </message>
    <message>
        <source>released: nobody checked in</source>
        <translation>liberada: nadie hizo la entrada</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1 hora y media</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 horas</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>All day (8 hours)</source>
        <translation>Todo el día (8 horas)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Libre: %1.</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Pending — waiting for the server</source>
        <translation>Pendiente: esperando al servidor</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Anular reserva…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Offered from the waitlist — waiting for the member to accept</source>
        <translation>Ofrecida desde la lista de espera — a la espera de que el miembro la acepte</translation>
    </message>
    <message>
        <source>Waitlist offer</source>
        <translation>Oferta de la lista de espera</translation>
    </message>
</context>
<context>
    <name>BookingRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Check in</source>
        <comment>a line&apos;s button</comment>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check out</source>
        <comment>a line&apos;s button</comment>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Turn down</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Leave waitlist</source>
        <translation>Salir de la lista</translation>
    </message>
    <message>
        <source>Show in the calendar</source>
        <translation>Ver en el calendario</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Choose a space.</source>
        <translation>Elige un espacio.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>Esa hora ya ha pasado.</translation>
    </message>
    <message>
        <source>At most %1 at a time; this is %2.</source>
        <translation>Como mucho %1 seguidas; esta reserva dura %2.</translation>
    </message>
    <message>
        <source>At least %1 at a time; this is %2.</source>
        <translation>Como mínimo %1 seguidas; esta reserva dura %2.</translation>
    </message>
    <message>
        <source>Bookings here start and end on a %1 grid.</source>
        <translation>Aquí las reservas empiezan y terminan en tramos de %1.</translation>
    </message>
    <message>
        <source>Open %1–%2; this is outside those hours.</source>
        <translation>Abierto de %1 a %2; esto queda fuera de ese horario.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Cerrado el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Members book at most %n day(s) ahead.</source>
        <translation>
            <numerusform>Los miembros reservan como mucho con %n día de antelación.</numerusform>
            <numerusform>Los miembros reservan como mucho con %n días de antelación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book at least %1 ahead.</source>
        <translation>Reserva con al menos %1 de antelación.</translation>
    </message>
    <message>
        <source>Only the front desk books this space.</source>
        <translation>Solo recepción reserva este espacio.</translation>
    </message>
    <message>
        <source>For %1 plans.</source>
        <translation>Para planes %1.</translation>
    </message>
    <message>
        <source>Too close to the booking %1: this space keeps %2 free between bookings.</source>
        <translation>Demasiado cerca de la reserva de %1: este espacio deja %2 libres entre reservas.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>Ocupado %1.</translation>
    </message>
    <message>
        <source>Taken %1 by %2.</source>
        <translation>Ocupado %1 por %2.</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Como mucho %1</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Como mínimo %1</translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation>Abierto de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n day(s) ahead</source>
        <translation>
            <numerusform>Hasta con %n día de antelación</numerusform>
            <numerusform>Hasta con %n días de antelación</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel up to %1 before</source>
        <translation>Cancelación hasta %1 antes</translation>
    </message>
    <message>
        <source>Needs the front desk&apos;s approval</source>
        <translation>Necesita la aprobación de recepción</translation>
    </message>
    <message>
        <source>Closed on this day of the week (%1).</source>
        <translation>Cerrado este día de la semana (%1).</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>¿Anular esta reserva?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Anular reserva</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Solo esta</translation>
    </message>
    <message numerus="yes">
        <source>This one and the following (%n)</source>
        <translation>
            <numerusform>Esta y la siguiente (%n)</numerusform>
            <numerusform>Esta y las siguientes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole series (what has not started)</source>
        <translation>Toda la serie (lo que no ha empezado)</translation>
    </message>
    <message>
        <source>The space becomes free for others.</source>
        <translation>El espacio queda libre para otras personas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check a member in</source>
        <translation>Registrar la entrada de un miembro</translation>
    </message>
    <message>
        <source>Check-ins are saved on this computer first, so they work offline too.</source>
        <translation>Las entradas se guardan primero en este ordenador, así que también funcionan sin conexión.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Name, e-mail or company</source>
        <translation>Nombre, correo o empresa</translation>
    </message>
    <message>
        <source>Find the member</source>
        <translation>Buscar al miembro</translation>
    </message>
    <message>
        <source>%1 · member at %2</source>
        <translation>%1 · miembro de %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>No booking here today</source>
        <translation>Sin reserva aquí hoy</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Ya está dentro</translation>
    </message>
    <message>
        <source>Type a name, e-mail or company, then choose the member.</source>
        <translation>Escribe un nombre, correo o empresa y elige al miembro.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Registrar entrada de %1</translation>
    </message>
</context>
<context>
    <name>CheckInResult</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Offline — the calendar will appear once this computer has synced with the server.</source>
        <translation>Sin conexión: el calendario aparecerá cuando este ordenador se haya sincronizado con el servidor.</translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>Cargando el calendario…</translation>
    </message>
    <message>
        <source>This location has no spaces yet. Staff add them in Admin.</source>
        <translation>Este centro aún no tiene espacios. El personal los añade en Administración.</translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>Calendario, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message numerus="yes">
        <source>%n seats left</source>
        <translation>
            <numerusform>Queda %n plaza</numerusform>
            <numerusform>Quedan %n plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full · %n waiting</source>
        <translation>
            <numerusform>Completo · %n en espera</numerusform>
            <numerusform>Completo · %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>Va %n persona</numerusform>
            <numerusform>Van %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Going</source>
        <translation>Voy</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Abierto a todos</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Title, e.g. Friday breakfast</source>
        <translation>Título, p. ej. Desayuno del viernes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What it is, who it is for, what to bring</source>
        <translation>Qué es, para quién, qué traer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Then a waitlist</source>
        <translation>Después, lista de espera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crear evento</translation>
    </message>
</context>
<context>
    <name>EventMonth</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This event was cancelled. Everyone who answered it was told.</source>
        <translation>Este evento se canceló. Se avisó a todos los que respondieron.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seats taken</source>
        <translation>
            <numerusform>%1 de %n plaza ocupada</numerusform>
            <numerusform>%1 de %n plazas ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n on the waitlist</source>
        <translation>
            <numerusform> · %n en lista de espera</numerusform>
            <numerusform> · %n en lista de espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>Va %n persona</numerusform>
            <numerusform>Van %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer is saved on this computer and is sent when the connection allows.</source>
        <translation>Tu respuesta está guardada en este equipo y se envía en cuanto haya conexión.</translation>
    </message>
    <message>
        <source>You are going. A reminder comes an hour before.</source>
        <translation>Vas. Recibirás un recordatorio una hora antes.</translation>
    </message>
    <message>
        <source>You are on the waitlist: if a seat frees, it is yours and you are told.</source>
        <translation>Estás en la lista de espera: si se libera una plaza, es tuya y se te avisa.</translation>
    </message>
    <message>
        <source>The event is full. Join the waitlist and you get the next seat that frees.</source>
        <translation>El evento está completo. Apúntate a la lista de espera y tendrás la próxima plaza que se libere.</translation>
    </message>
    <message>
        <source>Join the waitlist</source>
        <translation>Apuntarme a la lista de espera</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>Voy</translation>
    </message>
    <message>
        <source>Leave the waitlist</source>
        <translation>Salir de la lista de espera</translation>
    </message>
    <message>
        <source>I can&apos;t go</source>
        <translation>No puedo ir</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Añadir a mi calendario</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>Quién viene</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Nadie ha respondido todavía.</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Cancelar el evento</translation>
    </message>
    <message>
        <source>Cancel this event?</source>
        <translation>¿Cancelar este evento?</translation>
    </message>
    <message>
        <source>Everyone going or waiting is told, and its room is freed. This cannot be undone.</source>
        <translation>Se avisa a quienes van o esperan y se libera su sala. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Past events</source>
        <translation>Eventos pasados</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>No events here in the past three months.</source>
        <translation>No hubo eventos aquí en los últimos tres meses.</translation>
    </message>
    <message>
        <source>No events coming up here. Create one: members see it at once and can answer it.</source>
        <translation>No hay próximos eventos aquí. Crea uno: los miembros lo ven al momento y pueden responder.</translation>
    </message>
    <message>
        <source>No events coming up here yet. When the team plans one, it shows here and you can say you are going.</source>
        <translation>Todavía no hay próximos eventos aquí. Cuando el equipo organice uno, aparecerá aquí y podrás decir que vas.</translation>
    </message>
</context>
<context>
    <name>FeedLink</name>
    <message>
        <source>Link copied: paste it into your calendar app as a subscription.</source>
        <translation>Enlace copiado: pégalo en tu aplicación de calendario como suscripción.</translation>
    </message>
    <message>
        <source>The link is made by the server: it comes when this device is back online.</source>
        <translation>El enlace lo crea el servidor: llegará cuando este equipo vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>Making your link…</source>
        <translation>Creando tu enlace…</translation>
    </message>
    <message>
        <source>See your bookings in your own calendar app</source>
        <translation>Ve tus reservas en tu propia aplicación de calendario</translation>
    </message>
    <message>
        <source>Copy calendar link</source>
        <translation>Copiar enlace del calendario</translation>
    </message>
    <message>
        <source>Get calendar link</source>
        <translation>Obtener enlace del calendario</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a space</source>
        <translation>Buscar un espacio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Any space</source>
        <translation>Cualquier espacio</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Puesto flexible</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Despacho privado</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Booked: %1.</source>
        <translation>Reservado: %1.</translation>
    </message>
    <message>
        <source>Not booked: %1. The reason is in the sync chip.</source>
        <translation>No reservado: %1. El motivo está en el indicador de sincronización.</translation>
    </message>
    <message>
        <source>Booking %1: not confirmed by the server yet.</source>
        <translation>Reservando %1: el servidor aún no lo ha confirmado.</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
    <message>
        <source>What for (optional)</source>
        <translation>Para qué (opcional)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message numerus="yes">
        <source>No space here fits %n people with all of that. Try fewer features, another kind, or another location.</source>
        <translation>
            <numerusform>Ningún espacio aquí admite %n persona con todo eso. Prueba con menos requisitos, otro tipo u otro centro.</numerusform>
            <numerusform>Ningún espacio aquí admite %n personas con todo eso. Prueba con menos requisitos, otro tipo u otro centro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>free, does not fit</source>
        <translation>libre, no encaja</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>Free and fits</source>
        <translation>Libre y encaja</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>New thread</source>
        <translation>Nuevo hilo</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n posts · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n mensaje · %3</numerusform>
            <numerusform>%1 · %2 · %n mensajes · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No threads yet. Start one: ask for a recommendation, share news, or say hello.</source>
        <translation>Aún no hay hilos. Empieza uno: pide una recomendación, comparte noticias o saluda.</translation>
    </message>
    <message>
        <source>Choose a thread to read it and reply.</source>
        <translation>Elige un hilo para leerlo y responder.</translation>
    </message>
</context>
<context>
    <name>HomeCard</name>
    <message>
        <source>%1 · not sent yet</source>
        <translation>%1 · aún sin enviar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún sin sincronizar.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today at %1</source>
        <translation>Hoy en %1</translation>
    </message>
    <message>
        <source>Check in member</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Arriving in the next hour</source>
        <translation>Llegan en la próxima hora</translation>
    </message>
    <message>
        <source>Nobody is due in the next hour.</source>
        <translation>Nadie llega en la próxima hora.</translation>
    </message>
    <message>
        <source>In the building</source>
        <translation>En el edificio</translation>
    </message>
    <message>
        <source>Nobody is checked in yet today.</source>
        <translation>Hoy aún no ha entrado nadie.</translation>
    </message>
    <message>
        <source>Roll call as PDF</source>
        <translation>Lista de presentes en PDF</translation>
    </message>
    <message>
        <source>Rooms now</source>
        <translation>Salas ahora</translation>
    </message>
    <message>
        <source>This location has no rooms or booths.</source>
        <translation>Este centro no tiene salas ni cabinas.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendientes de aprobación</translation>
    </message>
    <message>
        <source>No booking is waiting for approval.</source>
        <translation>Ninguna reserva espera aprobación.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Released as no-shows</source>
        <translation>Liberadas por no presentarse</translation>
    </message>
    <message>
        <source>No booking was released today.</source>
        <translation>Hoy no se ha liberado ninguna reserva.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Not accepted today</source>
        <translation>No aceptado hoy</translation>
    </message>
    <message>
        <source>Everything sent today was accepted.</source>
        <translation>Todo lo enviado hoy se ha aceptado.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Check in</source>
        <comment>a line&apos;s button</comment>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check out</source>
        <comment>a line&apos;s button</comment>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notificaciones, %n sin leer</numerusform>
            <numerusform>Notificaciones, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Unread: </source>
        <translation>Sin leer: </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Nothing new. What happens to your bookings is told here: approvals, cancellations by the desk, no-shows released.</source>
        <translation>Nada nuevo. Aquí se cuenta lo que pasa con tus reservas: aprobaciones, cancelaciones de la recepción, reservas liberadas por no presentarse.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Atrium — %1</source>
        <translation>Atrium — %1</translation>
    </message>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
</context>
<context>
    <name>MemberNotes</name>
    <message>
        <source>Add a note for the desk: members never see notes</source>
        <translation>Añade una nota para la recepción: los miembros nunca ven las notas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Remove this note for everyone at the desk?</source>
        <translation>¿Quitar esta nota para toda la recepción?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No notes yet. What the desk should know about this member goes here; members never see it.</source>
        <translation>Aún no hay notas. Aquí va lo que la recepción debe saber de este miembro; los miembros nunca lo ven.</translation>
    </message>
</context>
<context>
    <name>MemberProfilePane</name>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Choose a member to see their bookings and arrivals.</source>
        <translation>Elige un miembro para ver sus reservas y llegadas.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Book for them</source>
        <translation>Reservar para este miembro</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>The old badge and PIN stop working at once.</source>
        <translation>La tarjeta y el PIN anteriores dejan de funcionar al momento.</translation>
    </message>
    <message>
        <source>New badge and PIN…</source>
        <translation>Nueva tarjeta y PIN…</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Emitir de nuevo</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Nothing booked from now on.</source>
        <translation>Nada reservado a partir de ahora.</translation>
    </message>
    <message>
        <source>No bookings in the past year.</source>
        <translation>Ninguna reserva en el último año.</translation>
    </message>
    <message>
        <source>No arrivals in the past year.</source>
        <translation>Ninguna llegada en el último año.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name, e-mail or company</source>
        <translation>Nombre, correo o empresa</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>The first %1; type to narrow it down.</source>
        <translation>Los primeros %1; escribe para acotar.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In the building</source>
        <translation>En el edificio</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Aún no hay miembros.</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1, sin leer</translation>
    </message>
    <message>
        <source>No messages yet. Write to someone in the community: only the two of you (or your group) read it.</source>
        <translation>Aún no hay mensajes. Escribe a alguien de la comunidad: solo lo leéis vosotros dos (o tu grupo).</translation>
    </message>
    <message>
        <source>%1 · sending…</source>
        <translation>%1 · enviando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Elige una conversación o empieza una nueva.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%1, %n booking(s)</source>
        <translation>
            <numerusform>%1, %n reserva</numerusform>
            <numerusform>%1, %n reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRefusedDialog</name>
    <message>
        <source>It cannot go there</source>
        <translation>No puede ir ahí</translation>
    </message>
    <message>
        <source>Free nearby:</source>
        <translation>Libre cerca:</translation>
    </message>
    <message>
        <source>Nothing nearby is free for as long; try another day.</source>
        <translation>Nada cercano está libre tanto tiempo; prueba otro día.</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Dejarla donde está</translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>Nothing booked from now on. Book a desk or a room and it shows here, with what you can still change.</source>
        <translation>No tienes nada reservado a partir de ahora. Reserva un puesto o una sala y aparecerá aquí, con lo que aún puedes cambiar.</translation>
    </message>
    <message>
        <source>No bookings in the past year.</source>
        <translation>Ninguna reserva en el último año.</translation>
    </message>
    <message>
        <source>You are not waiting for any space. When the slot you want is taken, join its waitlist and you are offered it if it frees.</source>
        <translation>No esperas ningún espacio. Cuando el horario que quieres esté ocupado, apúntate a su lista de espera y se te ofrecerá si queda libre.</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
</context>
<context>
    <name>NewThreadForm</name>
    <message>
        <source>New thread</source>
        <translation>Nuevo hilo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Write your post. Mention someone with @ and their name.</source>
        <translation>Escribe tu mensaje. Menciona a alguien con @ y su nombre.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>For every location, not only %1</source>
        <translation>Para todas las sedes, no solo %1</translation>
    </message>
</context>
<context>
    <name>NotificationsCard</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Choose what Atrium tells you and how. Security notices always come, at any hour.</source>
        <translation>Elige qué te cuenta Atrium y cómo. Los avisos de seguridad llegan siempre, a cualquier hora.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>En la app</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (siempre)</translation>
    </message>
    <message>
        <source>%1 in the app</source>
        <translation>%1 en la app</translation>
    </message>
    <message>
        <source>%1 by e-mail</source>
        <translation>%1 por correo</translation>
    </message>
    <message>
        <source>Booking reminder</source>
        <translation>Recordatorio de reservas</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Sin recordatorios</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutos antes</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>The space&apos;s default</source>
        <translation>Lo predeterminado del espacio</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>During quiet hours notices wait in your inbox and arrive when they end (times in %1).</source>
        <translation>Durante las horas de silencio los avisos esperan en tu bandeja y llegan al terminar (horas en %1).</translation>
    </message>
    <message>
        <source>One e-mail a day (at 8:00) instead of one per notice</source>
        <translation>Un correo al día (a las 8:00) en lugar de uno por aviso</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Getting this location&apos;s bookings from the server…</source>
        <translation>Obteniendo del servidor las reservas de este centro…</translation>
    </message>
    <message>
        <source>Offline, and nothing synced yet on this device. Changes you make are kept here and sent when the connection returns.</source>
        <translation>Sin conexión, y este equipo aún no ha sincronizado nada. Los cambios que hagas se guardan aquí y se envían cuando vuelva la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing bookings as of %1. %n change(s) will be sent when the connection returns.</source>
        <translation>
            <numerusform>Sin conexión: se muestran las reservas de las %1. %n cambio se enviará cuando vuelva la conexión.</numerusform>
            <numerusform>Sin conexión: se muestran las reservas de las %1. %n cambios se enviarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing bookings as of %1. New bookings will be sent when the connection returns.</source>
        <translation>Sin conexión: se muestran las reservas de las %1. Las nuevas reservas se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; a few words make a good one. Every other device is signed out when it changes.</source>
        <translation>Al menos 10 caracteres; unas cuantas palabras hacen una buena. Al cambiarla se cierra la sesión en todos los demás equipos.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
</context>
<context>
    <name>PendingOp</name>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recurring booking of %1 from %2</source>
        <translation>Reserva periódica de %1 desde %2</translation>
    </message>
    <message>
        <source>Waitlist for %1, %2</source>
        <translation>Lista de espera de %1, %2</translation>
    </message>
    <message>
        <source>Booking of %1, %2</source>
        <translation>Reserva de %1, %2</translation>
    </message>
    <message>
        <source>Booking of %1, %2, for %3</source>
        <translation>Reserva de %1, %2, para %3</translation>
    </message>
    <message>
        <source>Cancellation of %1, %2</source>
        <translation>Cancelación de %1, %2</translation>
    </message>
    <message>
        <source>Cancellation of a booking</source>
        <translation>Cancelación de una reserva</translation>
    </message>
    <message>
        <source>Approval of %1, %2</source>
        <translation>Aprobación de %1, %2</translation>
    </message>
    <message>
        <source>Approval of a booking</source>
        <translation>Aprobación de una reserva</translation>
    </message>
    <message>
        <source>Decline of %1, %2</source>
        <translation>Rechazo de %1, %2</translation>
    </message>
    <message>
        <source>Decline of a booking</source>
        <translation>Rechazo de una reserva</translation>
    </message>
    <message>
        <source>Check-out from %1, %2</source>
        <translation>Salida de %1, %2</translation>
    </message>
    <message>
        <source>Check-out of a booking</source>
        <translation>Salida de una reserva</translation>
    </message>
    <message>
        <source>Move of a booking to %1, %2</source>
        <translation>Cambio de una reserva a %1, %2</translation>
    </message>
    <message>
        <source>Check-in by badge</source>
        <translation>Entrada con credencial</translation>
    </message>
    <message>
        <source>Check-in by PIN</source>
        <translation>Entrada con PIN</translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation>Entrada de %1</translation>
    </message>
    <message>
        <source>Undo of %1&apos;s check-in</source>
        <translation>Anulación de la entrada de %1</translation>
    </message>
    <message>
        <source>Cancellation of a recurring booking</source>
        <translation>Cancelación de una reserva periódica</translation>
    </message>
    <message>
        <source>New times for a recurring booking</source>
        <translation>Nuevo horario de una reserva periódica</translation>
    </message>
    <message>
        <source>Leaving a waitlist</source>
        <translation>Salida de una lista de espera</translation>
    </message>
    <message>
        <source>Accepting a waitlist offer</source>
        <translation>Aceptación de una oferta de la lista de espera</translation>
    </message>
    <message>
        <source>New plan for %1</source>
        <translation>Nuevo plan para %1</translation>
    </message>
    <message>
        <source>New badge and PIN for %1</source>
        <translation>Nueva credencial y PIN para %1</translation>
    </message>
    <message>
        <source>New booking rules</source>
        <translation>Nuevas reglas de reserva</translation>
    </message>
    <message>
        <source>Changes to the spaces</source>
        <translation>Cambios en los espacios</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Cambios en %1</translation>
    </message>
    <message>
        <source>Taking %1 out of service</source>
        <translation>Retirada de %1 del servicio</translation>
    </message>
    <message>
        <source>Calendar import for %1</source>
        <translation>Importación de calendario para %1</translation>
    </message>
    <message>
        <source>New calendar link</source>
        <translation>Nuevo enlace de calendario</translation>
    </message>
    <message>
        <source>A change (%1)</source>
        <translation>Un cambio (%1)</translation>
    </message>
    <message>
        <source>Edit of a note about %1</source>
        <translation>Edición de una nota sobre %1</translation>
    </message>
    <message>
        <source>Note about %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Removal of a note about %1</source>
        <translation>Eliminación de una nota sobre %1</translation>
    </message>
    <message>
        <source>Notifications marked read</source>
        <translation>Notificaciones marcadas como leídas</translation>
    </message>
    <message>
        <source>Notifications archived</source>
        <translation>Notificaciones archivadas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Report to staff</source>
        <translation>Denunciar al equipo</translation>
    </message>
    <message>
        <source>Hide from members</source>
        <translation>Ocultar a los miembros</translation>
    </message>
    <message>
        <source>%1 %2, yours; take it back</source>
        <translation>%1 %2, tuya; retirarla</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Añadir una reacción</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>To: a name or a company</source>
        <translation>Para: un nombre o una empresa</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nobody by that name.</source>
        <translation>Nadie con ese nombre.</translation>
    </message>
    <message>
        <source>Nobody by that name in the directory.</source>
        <translation>Nadie con ese nombre en el directorio.</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Book instead:</source>
        <translation>Reservar en su lugar:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <source>This location</source>
        <translation>Esta sede</translation>
    </message>
    <message>
        <source>A kind of space</source>
        <translation>Un tipo de espacio</translation>
    </message>
    <message>
        <source>One space</source>
        <translation>Un espacio</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>Reserva más larga (minutos)</translation>
    </message>
    <message>
        <source>Shortest booking (minutes)</source>
        <translation>Reserva más corta (minutos)</translation>
    </message>
    <message>
        <source>Members book up to (days ahead)</source>
        <translation>Los miembros reservan hasta (días antes)</translation>
    </message>
    <message>
        <source>Members book at least (minutes before)</source>
        <translation>Los miembros reservan al menos (minutos antes)</translation>
    </message>
    <message>
        <source>Members cancel up to (minutes before)</source>
        <translation>Los miembros cancelan hasta (minutos antes)</translation>
    </message>
    <message>
        <source>Check-in opens (minutes before)</source>
        <translation>La entrada se abre (minutos antes)</translation>
    </message>
    <message>
        <source>Released if nobody checks in (minutes after the start)</source>
        <translation>Se libera si nadie entra (minutos tras el inicio)</translation>
    </message>
    <message>
        <source>Free between bookings (minutes)</source>
        <translation>Libre entre reservas (minutos)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Members&apos; bookings wait for the front desk&apos;s approval</source>
        <translation>Las reservas de los miembros esperan la aprobación de recepción</translation>
    </message>
    <message>
        <source>Only an administrator changes the rules.</source>
        <translation>Solo un administrador cambia las normas.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar normas</translation>
    </message>
    <message>
        <source>Leave a rule empty to take it from the level above. The front desk is held to the length, grid and opening-hours rules too; the others are for members.</source>
        <translation>Deja una norma vacía para tomarla del nivel superior. Recepción también respeta las normas de duración, intervalo y horario; las demás son para los miembros.</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>en lugar de %1</translation>
    </message>
    <message>
        <source>as above: %1</source>
        <translation>como arriba: %1</translation>
    </message>
    <message>
        <source>no limit above</source>
        <translation>sin límite arriba</translation>
    </message>
    <message>
        <source>As above: %1</source>
        <translation>Como arriba: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search members, spaces, bookings…</source>
        <translation>Buscar miembros, espacios, reservas…</translation>
    </message>
    <message>
        <source>Search spaces and your bookings…</source>
        <translation>Buscar espacios y tus reservas…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ para elegir · Intro para abrir · Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>ServerMessage</name>
    <message>
        <source>%1 is already booked at %2.</source>
        <comment>bookings.already_booked</comment>
        <translation>%1 ya está reservado el %2.</translation>
    </message>
    <message>
        <source>Only a booking waiting for approval can be declined; this one is %1.</source>
        <comment>bookings.decline_not_tentative</comment>
        <translation>Solo se puede rechazar una reserva pendiente de aprobación; esta está %1.</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <comment>checkin.booking_cancelled</comment>
        <translation>Esa reserva se anuló.</translation>
    </message>
    <message>
        <source>That booking was declined.</source>
        <comment>checkin.booking_declined</comment>
        <translation>Esa reserva se rechazó.</translation>
    </message>
    <message>
        <source>That booking is at another location.</source>
        <comment>checkin.booking_elsewhere</comment>
        <translation>Esa reserva es en otra sede.</translation>
    </message>
    <message>
        <source>That booking has already ended.</source>
        <comment>checkin.booking_ended</comment>
        <translation>Esa reserva ya terminó.</translation>
    </message>
    <message>
        <source>That slot is held for the member by a waitlist offer; accept the offer first.</source>
        <comment>checkin.booking_held</comment>
        <translation>Ese hueco está guardado para el miembro por una oferta de la lista de espera; primero hay que aceptarla.</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <comment>checkin.booking_of_someone_else</comment>
        <translation>Esa reserva es de otra persona.</translation>
    </message>
    <message>
        <source>That booking was released because nobody checked in in time; book again if the space is still free.</source>
        <comment>checkin.booking_released</comment>
        <translation>Esa reserva se liberó porque nadie registró la entrada a tiempo; vuelve a reservar si el espacio sigue libre.</translation>
    </message>
    <message>
        <source>That booking is still waiting for approval.</source>
        <comment>checkin.booking_tentative</comment>
        <translation>Esa reserva aún espera aprobación.</translation>
    </message>
    <message>
        <source>The new PIN for %1 is %2. It is shown only now; the badge&apos;s QR code is on their devices.</source>
        <comment>checkin.new_pin</comment>
        <translation>El nuevo PIN de %1 es %2. Solo se muestra ahora; el código QR de la tarjeta está en sus dispositivos.</translation>
    </message>
    <message>
        <source>No free PIN was found; try again.</source>
        <comment>checkin.no_free_pin</comment>
        <translation>No se encontró un PIN libre; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Only a booking that is checked in can be checked out; this one is %1.</source>
        <comment>checkin.not_checked_in</comment>
        <translation>Solo se puede registrar la salida de una reserva con la entrada registrada; esta está %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs here; try again in %1.</source>
        <comment>checkin.pin_throttled</comment>
        <translation>Demasiados PIN incorrectos aquí; inténtalo de nuevo en %1.</translation>
    </message>
    <message>
        <source>This QR code is not a member&apos;s badge (or it was replaced).</source>
        <comment>checkin.unknown_badge</comment>
        <translation>Este código QR no es la tarjeta de ningún miembro (o se sustituyó).</translation>
    </message>
    <message>
        <source>No member has this PIN.</source>
        <comment>checkin.unknown_pin</comment>
        <translation>Ningún miembro tiene este PIN.</translation>
    </message>
    <message>
        <source>A walk-in lasts from 5 minutes to 24 hours.</source>
        <comment>checkin.walk_in_length</comment>
        <translation>Una entrada sin reserva dura de 5 minutos a 24 horas.</translation>
    </message>
    <message>
        <source>%1 needs staff approval; ask at the front desk.</source>
        <comment>checkin.walk_in_needs_approval</comment>
        <translation>%1 necesita la aprobación del personal; pregunta en recepción.</translation>
    </message>
    <message>
        <source>There is no bookable resource &apos;%1&apos;.</source>
        <comment>common.no_bookable_resource</comment>
        <translation>No hay ningún espacio reservable «%1».</translation>
    </message>
    <message>
        <source>There is no booking &apos;%1&apos;.</source>
        <comment>common.no_booking</comment>
        <translation>No hay ninguna reserva «%1».</translation>
    </message>
    <message>
        <source>There is no location &apos;%1&apos;.</source>
        <comment>common.no_location</comment>
        <translation>No hay ninguna sede «%1».</translation>
    </message>
    <message>
        <source>There is no resource &apos;%1&apos;.</source>
        <comment>common.no_resource</comment>
        <translation>No hay ningún espacio «%1».</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <comment>common.no_such_member</comment>
        <translation>No existe ese miembro.</translation>
    </message>
    <message>
        <source>The server could not save this change.</source>
        <comment>kernel.not_saved</comment>
        <translation>El servidor no pudo guardar este cambio.</translation>
    </message>
    <message>
        <source>%1 is for members on the %2 plan(s); this member is on %3.</source>
        <comment>rules.allowed_plans</comment>
        <translation>%1 es para miembros con el plan %2; este miembro tiene el plan %3.</translation>
    </message>
    <message>
        <source>%1 is for members on the %2 plan(s); this member has no plan.</source>
        <comment>rules.allowed_plans_none</comment>
        <translation>%1 es para miembros con el plan %2; este miembro no tiene plan.</translation>
    </message>
    <message>
        <source>%1 can be booked by %2 only.</source>
        <comment>rules.allowed_roles</comment>
        <translation>%1 solo lo pueden reservar: %2.</translation>
    </message>
    <message>
        <source>%1 keeps %2 free between bookings, and another booking is closer than that.</source>
        <comment>rules.buffer_minutes</comment>
        <translation>%1 deja %2 libres entre reservas, y hay otra reserva más cerca.</translation>
    </message>
    <message>
        <source>Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it.</source>
        <comment>rules.cancel_deadline_minutes</comment>
        <translation>Las reservas de %1 se pueden anular hasta %2 antes de empezar; esta empieza en %3. Recepción aún puede anularla.</translation>
    </message>
    <message>
        <source>Check-in for this booking opens %1 before it starts, at %2.</source>
        <comment>rules.check_in_before_minutes</comment>
        <translation>El registro de entrada de esta reserva se abre %1 antes de empezar, a las %2.</translation>
    </message>
    <message>
        <source>%1 is closed on %2.</source>
        <comment>rules.closed_dates</comment>
        <translation>%1 está cerrado el %2.</translation>
    </message>
    <message>
        <source>%1 is closed on %2.</source>
        <comment>rules.closed_days</comment>
        <translation>%1 está cerrado los %2.</translation>
    </message>
    <message>
        <source>%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3.</source>
        <comment>rules.grace_minutes</comment>
        <translation>%1 se libera %2 después del inicio si nadie registra la entrada, así que una reserva debe durar más; esta dura %3.</translation>
    </message>
    <message>
        <source>%1 is booked in steps of %2 from midnight; this booking runs %3–%4.</source>
        <comment>rules.granularity_minutes</comment>
        <translation>%1 se reserva en tramos de %2 desde medianoche; esta reserva va de %3 a %4.</translation>
    </message>
    <message>
        <source>A member can hold %1 upcoming bookings of this kind here at a time, and already has %2.</source>
        <comment>rules.max_active_bookings</comment>
        <translation>Un miembro puede tener %1 reservas próximas de este tipo aquí a la vez, y ya tiene %2.</translation>
    </message>
    <message>
        <source>%1 can be booked at most %2 days ahead; this booking is %3 days ahead.</source>
        <comment>rules.max_days_ahead</comment>
        <translation>%1 se puede reservar como mucho con %2 días de antelación; esta reserva es dentro de %3 días.</translation>
    </message>
    <message>
        <source>%1 can be booked for at most %2; this booking lasts %3.</source>
        <comment>rules.max_minutes</comment>
        <translation>%1 se puede reservar como mucho %2; esta reserva dura %3.</translation>
    </message>
    <message>
        <source>%1 must be booked at least %2 before it starts; this booking starts in %3.</source>
        <comment>rules.min_lead_minutes</comment>
        <translation>%1 se debe reservar al menos %2 antes de empezar; esta reserva empieza en %3.</translation>
    </message>
    <message>
        <source>%1 is booked for at least %2; this booking lasts %3.</source>
        <comment>rules.min_minutes</comment>
        <translation>%1 se reserva como mínimo %2; esta reserva dura %3.</translation>
    </message>
    <message>
        <source>There is no policy level &apos;%1&apos;.</source>
        <comment>rules.no_policy_level</comment>
        <translation>No hay ningún nivel de normas «%1».</translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; to set a policy on.</source>
        <comment>rules.no_policy_target</comment>
        <translation>No hay ningún %1 «%2» en el que poner normas.</translation>
    </message>
    <message>
        <source>The policy was not saved: %1.</source>
        <comment>rules.rules_invalid</comment>
        <translation>Las normas no se guardaron: %1.</translation>
    </message>
    <message>
        <source>A policy needs its rules as a map.</source>
        <comment>rules.rules_not_map</comment>
        <translation>Las normas deben ir como un mapa.</translation>
    </message>
    <message>
        <source>%1 is open %2–%3; this booking runs %4–%5.</source>
        <comment>rules.within_opening_hours</comment>
        <translation>%1 abre de %2 a %3; esta reserva va de %4 a %5.</translation>
    </message>
    <message>
        <source>%1 occurrence(s) inside the cancellation deadline stay booked; the front desk can cancel them.</source>
        <comment>series.kept_inside_deadline</comment>
        <translation>%1 repeticiones dentro del plazo de anulación siguen reservadas; recepción puede anularlas.</translation>
    </message>
    <message>
        <source>Only a booking that has not started can be moved; this one is %1.</source>
        <comment>series.move_started</comment>
        <translation>Solo se puede mover una reserva que no ha empezado; esta está %1.</translation>
    </message>
    <message>
        <source>None of the %1 occurrences could be booked; the first: %2</source>
        <comment>series.none_booked</comment>
        <translation>No se pudo reservar ninguna de las %1 repeticiones; la primera: %2</translation>
    </message>
    <message>
        <source>You are already waiting for this slot.</source>
        <comment>waitlist.already_waiting</comment>
        <translation>Ya estás esperando este hueco.</translation>
    </message>
    <message>
        <source>A waitlist entry with this id already exists.</source>
        <comment>waitlist.id_exists</comment>
        <translation>Ya existe una entrada de lista de espera con este identificador.</translation>
    </message>
    <message>
        <source>There is no such waitlist entry.</source>
        <comment>waitlist.no_such_entry</comment>
        <translation>No existe esa entrada de la lista de espera.</translation>
    </message>
    <message>
        <source>Nothing has been offered yet; you are still in line.</source>
        <comment>waitlist.nothing_offered_yet</comment>
        <translation>Aún no se ha ofrecido nada; sigues en la lista.</translation>
    </message>
    <message>
        <source>This offer is no longer open (it was %1).</source>
        <comment>waitlist.offer_closed</comment>
        <translation>Esta oferta ya no está abierta (está %1).</translation>
    </message>
    <message>
        <source>This offer is no longer open (it was not taken in time).</source>
        <comment>waitlist.offer_lapsed</comment>
        <translation>Esta oferta ya no está abierta (no se aceptó a tiempo).</translation>
    </message>
    <message>
        <source>This offer is no longer open.</source>
        <comment>waitlist.offer_no_longer_open</comment>
        <translation>Esta oferta ya no está abierta.</translation>
    </message>
    <message>
        <source>That time has already begun; there is nothing to wait for.</source>
        <comment>waitlist.slot_begun</comment>
        <translation>Esa hora ya ha empezado; no hay nada que esperar.</translation>
    </message>
    <message>
        <source>%1 is free then: book it instead of waiting.</source>
        <comment>waitlist.slot_free</comment>
        <translation>%1 está libre a esa hora: resérvalo en vez de esperar.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The address can be at most %1 characters.</source>
        <comment>spaces.address_too_long</comment>
        <translation>La dirección puede tener como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>An area name can be at most %1 characters.</source>
        <comment>spaces.area_too_long</comment>
        <translation>El nombre de una zona puede tener como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>Capacity is a number of people from 1 to %1.</source>
        <comment>spaces.capacity_range</comment>
        <translation>La capacidad es un número de personas de 1 a %1.</translation>
    </message>
    <message>
        <source>Closed dates are written YYYY-MM-DD; &apos;%1&apos; is not one.</source>
        <comment>spaces.closed_date_format</comment>
        <translation>Las fechas de cierre se escriben AAAA-MM-DD; «%1» no lo es.</translation>
    </message>
    <message>
        <source>A feature is a short lower-case word such as projector or video; &apos;%1&apos; is not.</source>
        <comment>spaces.feature_malformed</comment>
        <translation>Una característica es una palabra corta en minúsculas, como projector o video; «%1» no lo es.</translation>
    </message>
    <message>
        <source>A location needs a name of at most %1 characters.</source>
        <comment>spaces.location_name</comment>
        <translation>Una sede necesita un nombre de como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>Opening hours are two times HH:mm, opening before closing; got %1–%2.</source>
        <comment>spaces.opening_hours</comment>
        <translation>El horario son dos horas HH:mm, la apertura antes del cierre; se recibió %1–%2.</translation>
    </message>
    <message>
        <source>A resource id is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <comment>spaces.resource_id</comment>
        <translation>El identificador de un recurso tiene de 1 a 64 letras, cifras, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>A space needs a name of at most %1 characters.</source>
        <comment>spaces.resource_name</comment>
        <translation>Un espacio necesita un nombre de como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>A space can list at most 32 features.</source>
        <comment>spaces.too_many_features</comment>
        <translation>Un espacio puede tener como mucho 32 características.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of space; it is one of %2.</source>
        <comment>spaces.unknown_kind</comment>
        <translation>«%1» no es un tipo de espacio; es uno de %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Madrid.</source>
        <comment>spaces.unknown_time_zone</comment>
        <translation>«%1» no es una zona horaria; usa un nombre IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <source>A plan is a short lower-case name such as resident or flex (empty for none).</source>
        <comment>accounts.plan_malformed</comment>
        <translation>Un plan es un nombre corto en minúsculas, como resident o flex (vacío para ninguno).</translation>
    </message>
    <message>
        <source>A plan is a name, or &quot;&quot; for none.</source>
        <comment>accounts.plan_not_text</comment>
        <translation>Un plan es un nombre, o &quot;&quot; para ninguno.</translation>
    </message>
    <message>
        <source>Only a booking waiting for approval can be approved; this one is %1.</source>
        <comment>bookings.approve_not_tentative</comment>
        <translation>Solo se puede aprobar una reserva pendiente de aprobación; esta está %1.</translation>
    </message>
    <message>
        <source>A booking must end after it starts.</source>
        <comment>bookings.ends_before_start</comment>
        <translation>Una reserva debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>A booking with this id already exists.</source>
        <comment>bookings.id_exists</comment>
        <translation>Ya existe una reserva con este id.</translation>
    </message>
    <message>
        <source>A booking can last at most 24 hours.</source>
        <comment>bookings.longer_than_a_day</comment>
        <translation>Una reserva dura como mucho 24 horas.</translation>
    </message>
    <message>
        <source>A booking needs a start and an end time.</source>
        <comment>bookings.needs_times</comment>
        <translation>Una reserva necesita una hora de inicio y una de fin.</translation>
    </message>
    <message>
        <source>A booking needs a client-made UUID as its id.</source>
        <comment>bookings.needs_uuid</comment>
        <translation>Una reserva necesita como id un UUID creado por el cliente.</translation>
    </message>
    <message>
        <source>There is no member &apos;%1&apos;.</source>
        <comment>bookings.no_member</comment>
        <translation>No existe el miembro «%1».</translation>
    </message>
    <message>
        <source>A note can be at most 500 characters.</source>
        <comment>bookings.note_too_long</comment>
        <translation>Una nota tiene como mucho 500 caracteres.</translation>
    </message>
    <message>
        <source>%1 has %2 upcoming booking(s) at its location; cancel or move them before moving the space.</source>
        <comment>bookings.relocate_with_bookings</comment>
        <translation>%1 tiene %2 reserva(s) próximas en su sede; cancélalas o muévelas antes de trasladar el espacio.</translation>
    </message>
    <message>
        <source>%1 has %2 upcoming booking(s); cancel or move them before retiring it.</source>
        <comment>bookings.retire_with_bookings</comment>
        <translation>%1 tiene %2 reserva(s) próximas; cancélalas o muévelas antes de retirarlo.</translation>
    </message>
    <message>
        <source>The booking&apos;s times are out of range.</source>
        <comment>bookings.times_out_of_range</comment>
        <translation>Las horas de la reserva están fuera de rango.</translation>
    </message>
    <message>
        <source>The title can be at most %1 characters.</source>
        <comment>bookings.title_too_long</comment>
        <translation>El título tiene como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>A calendar feed is of a member or of a resource.</source>
        <comment>calendar.feed_kind</comment>
        <translation>Un calendario suscrito es de un miembro o de un recurso.</translation>
    </message>
    <message>
        <source>An import is an .ics file of at most %1 KB.</source>
        <comment>calendar.import_too_large</comment>
        <translation>Una importación es un archivo .ics de como mucho %1 KB.</translation>
    </message>
    <message>
        <source>A check-in with this id already exists.</source>
        <comment>checkin.id_exists</comment>
        <translation>Ya existe una entrada con este id.</translation>
    </message>
    <message>
        <source>A check-in needs a client-made UUID as its id.</source>
        <comment>checkin.needs_uuid</comment>
        <translation>Una entrada necesita como id un UUID creado por el cliente.</translation>
    </message>
    <message>
        <source>There is no check-in &apos;%1&apos;.</source>
        <comment>checkin.no_checkin</comment>
        <translation>No existe la entrada «%1».</translation>
    </message>
    <message>
        <source>This member has already checked out; the visit cannot be undone now.</source>
        <comment>checkin.undo_after_checkout</comment>
        <translation>Este miembro ya ha salido; la visita ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>Say at which location the member is checking in.</source>
        <comment>checkin.which_location</comment>
        <translation>Indica en qué sede entra el miembro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at most %2 texts of at most 200 characters.</source>
        <comment>kernel.argument_list_too_long</comment>
        <translation>«%1» tiene como mucho %2 textos de como mucho 200 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <comment>kernel.argument_missing</comment>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>Arguments are named by text.</source>
        <comment>kernel.argument_names</comment>
        <translation>Los argumentos se nombran con texto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at most %2 characters.</source>
        <comment>kernel.argument_too_long</comment>
        <translation>«%1» tiene como mucho %2 caracteres.</translation>
    </message>
    <message>
        <source>Only staff can do that.</source>
        <comment>kernel.staff_only</comment>
        <translation>Solo el personal puede hacer eso.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an argument of this operation.</source>
        <comment>kernel.unknown_argument</comment>
        <translation>«%1» no es un argumento de esta operación.</translation>
    </message>
    <message>
        <source>Unknown operation &apos;%1&apos;.</source>
        <comment>kernel.unknown_operation</comment>
        <translation>Operación desconocida: «%1».</translation>
    </message>
    <message>
        <source>A series with this id already exists.</source>
        <comment>series.id_exists</comment>
        <translation>Ya existe una serie con este id.</translation>
    </message>
    <message>
        <source>There is no such booking.</source>
        <comment>series.no_such_booking</comment>
        <translation>No existe esa reserva.</translation>
    </message>
    <message>
        <source>There is no such series.</source>
        <comment>series.no_such_series</comment>
        <translation>No existe esa serie.</translation>
    </message>
    <message>
        <source>That booking is not an occurrence of this series.</source>
        <comment>series.not_an_occurrence</comment>
        <translation>Esa reserva no es una sesión de esta serie.</translation>
    </message>
    <message>
        <source>Say which occurrence the edit starts from (one of this series&apos; bookings).</source>
        <comment>series.which_occurrence</comment>
        <translation>Indica desde qué sesión empieza el cambio (una de las reservas de esta serie).</translation>
    </message>
    <message>
        <source>Categories nest at most 16 deep.</source>
        <comment>spaces.categories_too_deep</comment>
        <translation>Las categorías se anidan como mucho 16 niveles.</translation>
    </message>
    <message>
        <source>A category cannot be filed under itself or under one of its own subcategories.</source>
        <comment>spaces.category_cycle</comment>
        <translation>Una categoría no puede archivarse bajo sí misma ni bajo una de sus subcategorías.</translation>
    </message>
    <message>
        <source>A category id is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <comment>spaces.category_id</comment>
        <translation>El id de una categoría tiene de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The category still files %1 space(s) and %2 subcategory(ies); move them first.</source>
        <comment>spaces.category_in_use</comment>
        <translation>La categoría aún archiva %1 espacio(s) y %2 subcategoría(s); muévelos antes.</translation>
    </message>
    <message>
        <source>A category needs a name of at most %1 characters.</source>
        <comment>spaces.category_name</comment>
        <translation>Una categoría necesita un nombre de como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>The location still has %1 space(s) in service; retire them first.</source>
        <comment>spaces.location_in_use</comment>
        <translation>La sede aún tiene %1 espacio(s) en servicio; retíralos antes.</translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <comment>spaces.no_category</comment>
        <translation>No existe la categoría «%1».</translation>
    </message>
    <message>
        <source>Only a location, a resource or a category can be retired.</source>
        <comment>spaces.retire_what</comment>
        <translation>Solo se puede retirar una sede, un recurso o una categoría.</translation>
    </message>
    <message>
        <source>That note is not there any more.</source>
        <comment>accounts.no_such_note</comment>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <comment>accounts.note_empty</comment>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>That note is about someone else; write a new one.</source>
        <comment>accounts.note_other_member</comment>
        <translation>Esa nota es sobre otra persona; escribe una nueva.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters.</source>
        <comment>accounts.note_too_long</comment>
        <translation>Una nota tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2.</source>
        <comment>kernel.argument_type</comment>
        <translation>«%1» debe ser %2.</translation>
    </message>
    <message>
        <source>This kiosk can only %1 at its own location (%2).</source>
        <comment>kernel.kiosk_own_location</comment>
        <translation>Este quiosco solo puede %1 en su propia sede (%2).</translation>
    </message>
    <message>
        <source>Members can only %1.</source>
        <comment>kernel.members_only_own</comment>
        <translation>Los miembros solo pueden %1.</translation>
    </message>
    <message>
        <source>%1 accounts cannot %2.</source>
        <comment>kernel.role_cannot</comment>
        <translation>Las cuentas de %1 no pueden %2.</translation>
    </message>
    <message>
        <source>This series was %1; there is nothing left to edit.</source>
        <comment>series.nothing_left</comment>
        <translation>Esta serie está %1; no queda nada que editar.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was approved.</source>
        <comment>notify.booking_approved</comment>
        <translation>Tu reserva de %1 el %2 ha sido aprobada.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was approved: &quot;%3&quot;</source>
        <comment>notify.booking_approved_note</comment>
        <translation>Tu reserva de %1 el %2 ha sido aprobada: «%3»</translation>
    </message>
    <message>
        <source>%1 cancelled your booking of %2 on %3.</source>
        <comment>notify.booking_cancelled</comment>
        <translation>%1 ha cancelado tu reserva de %2 el %3.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was declined.</source>
        <comment>notify.booking_declined</comment>
        <translation>Tu reserva de %1 el %2 ha sido rechazada.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was declined: &quot;%3&quot;</source>
        <comment>notify.booking_declined_note</comment>
        <translation>Tu reserva de %1 el %2 ha sido rechazada: «%3»</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was not approved in time, so it does not hold the space.</source>
        <comment>notify.booking_lapsed</comment>
        <translation>Tu reserva de %1 el %2 no se aprobó a tiempo, así que ya no reserva el espacio.</translation>
    </message>
    <message>
        <source>%1 booked %2 for you on %3.</source>
        <comment>notify.booking_placed</comment>
        <translation>%1 te ha reservado %2 el %3.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was released: nobody checked in in time.</source>
        <comment>notify.booking_released</comment>
        <translation>Tu reserva de %1 el %2 se ha liberado: nadie registró la entrada a tiempo.</translation>
    </message>
    <message>
        <source>The hold on %1 on %2 lapsed untaken: it passed to the next in line.</source>
        <comment>notify.offer_lapsed</comment>
        <translation>La reserva provisional de %1 el %2 caducó sin aceptarse: ha pasado al siguiente de la lista.</translation>
    </message>
    <message>
        <source>%1 is free on %2 and held for you until %3: accept it in My bookings.</source>
        <comment>notify.offer_made</comment>
        <translation>%1 está libre el %2 y te lo guardamos hasta %3: acéptalo en Mis reservas.</translation>
    </message>
    <message>
        <source>Notifications go by %2, not &apos;%1&apos;.</source>
        <comment>notify.no_such_channel</comment>
        <translation>Las notificaciones van por %2, no por «%1».</translation>
    </message>
    <message>
        <source>There is no kind of notification &apos;%1&apos;; there are %2.</source>
        <comment>notify.no_such_kind</comment>
        <translation>No hay ningún tipo de notificación «%1»; hay %2.</translation>
    </message>
    <message>
        <source>Say whether it is on: true or false.</source>
        <comment>notify.on_missing</comment>
        <translation>Di si está activada: true o false.</translation>
    </message>
    <message>
        <source>Security notices (a password changed, a session signed out) are always sent: they cannot be turned off.</source>
        <comment>notify.security_always</comment>
        <translation>Los avisos de seguridad (una contraseña cambiada, una sesión cerrada) se envían siempre: no se pueden desactivar.</translation>
    </message>
    <message>
        <source>Say what to change: reminderMinutes, quietFrom and quietTo, or digest.</source>
        <comment>notify.settings_empty</comment>
        <translation>Di qué cambiar: reminderMinutes, quietFrom y quietTo, o digest.</translation>
    </message>
    <message>
        <source>Quiet hours and the digest are each member&apos;s own; the operator sets the default reminder only.</source>
        <comment>notify.settings_own</comment>
        <translation>Las horas de silencio y el resumen son de cada miembro; el operador solo fija el recordatorio por defecto.</translation>
    </message>
    <message>
        <source>A reminder comes between 0 (none) and %1 minutes before the start.</source>
        <comment>notify.reminder_range</comment>
        <translation>Un recordatorio llega entre 0 (ninguno) y %1 minutos antes del inicio.</translation>
    </message>
    <message>
        <source>Quiet hours run from one time of day to another, as HH:MM (22:00 to 07:00).</source>
        <comment>notify.quiet_times</comment>
        <translation>Las horas de silencio van de una hora del día a otra, como HH:MM (22:00 a 07:00).</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time; to have none, turn them off.</source>
        <comment>notify.quiet_same</comment>
        <translation>Las horas de silencio empiezan y acaban a la misma hora; para no tener ninguna, desactívalas.</translation>
    </message>
    <message>
        <source>Your account&apos;s password was changed. If it was not you, reset it at once and tell the front desk.</source>
        <comment>notify.password_changed</comment>
        <translation>Se ha cambiado la contraseña de tu cuenta. Si no has sido tú, restablécela ya y avisa a recepción.</translation>
    </message>
    <message>
        <source>Your account&apos;s password was changed and your other sessions (%1) were signed out. If it was not you, reset it at once and tell the front desk.</source>
        <comment>notify.password_changed_signed_out</comment>
        <translation>Se ha cambiado la contraseña de tu cuenta y se han cerrado tus otras sesiones (%1). Si no has sido tú, restablécela ya y avisa a recepción.</translation>
    </message>
    <message>
        <source>Your account&apos;s password was reset with a code sent by e-mail, and every session was signed out. If it was not you, tell the front desk at once.</source>
        <comment>notify.password_reset</comment>
        <translation>Se ha restablecido la contraseña de tu cuenta con un código enviado por correo y se han cerrado todas tus sesiones. Si no has sido tú, avisa a recepción ya.</translation>
    </message>
    <message>
        <source>One of your sessions was signed out from another of your devices. If it was not you, change your password.</source>
        <comment>notify.session_revoked</comment>
        <translation>Se ha cerrado una de tus sesiones desde otro de tus dispositivos. Si no has sido tú, cambia la contraseña.</translation>
    </message>
    <message>
        <source>Reminder: your booking of %1 starts on %2.</source>
        <comment>notify.booking_reminder</comment>
        <translation>Recordatorio: tu reserva de %1 empieza el %2.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <comment>community.event_title</comment>
        <translation>Un evento necesita un título.</translation>
    </message>
    <message>
        <source>There is no location &apos;%1&apos;.</source>
        <comment>community.no_location</comment>
        <translation>No hay ninguna sede «%1».</translation>
    </message>
    <message>
        <source>An event ends after it starts, within a week.</source>
        <comment>community.event_times</comment>
        <translation>Un evento acaba después de empezar, en menos de una semana.</translation>
    </message>
    <message>
        <source>An event starts in the future.</source>
        <comment>community.event_past</comment>
        <translation>Un evento empieza en el futuro.</translation>
    </message>
    <message>
        <source>An event&apos;s capacity is from 1 to %1 people (0: no limit).</source>
        <comment>community.event_capacity</comment>
        <translation>El aforo de un evento va de 1 a %1 personas (0: sin límite).</translation>
    </message>
    <message>
        <source>There is an event with this id already.</source>
        <comment>community.event_exists</comment>
        <translation>Ya hay un evento con este id.</translation>
    </message>
    <message>
        <source>%1 is not at this event&apos;s location.</source>
        <comment>community.room_elsewhere</comment>
        <translation>%1 no está en la sede de este evento.</translation>
    </message>
    <message>
        <source>There is no such event.</source>
        <comment>community.no_event</comment>
        <translation>No existe ese evento.</translation>
    </message>
    <message>
        <source>%1 on %2 was cancelled.</source>
        <comment>community.event_cancelled</comment>
        <translation>%1 del %2 se ha cancelado.</translation>
    </message>
    <message>
        <source>This event is over or cancelled: it takes no answers.</source>
        <comment>community.event_closed</comment>
        <translation>Este evento ha terminado o se ha cancelado: no admite respuestas.</translation>
    </message>
    <message>
        <source>A seat came free at %1 on %2: you are going.</source>
        <comment>community.event_promoted</comment>
        <translation>Se ha liberado una plaza en %1 el %2: vas.</translation>
    </message>
    <message>
        <source>%1 is not on this event&apos;s list of who is going.</source>
        <comment>community.not_going</comment>
        <translation>%1 no está en la lista de asistentes de este evento.</translation>
    </message>
    <message>
        <source>%1 starts on %2.</source>
        <comment>community.event_reminder</comment>
        <translation>%1 empieza el %2.</translation>
    </message>
    <message>
        <source>You cannot post or write in the community until %1: %2</source>
        <comment>community.banned</comment>
        <translation>No puedes publicar ni escribir en la comunidad hasta el %1: %2</translation>
    </message>
    <message>
        <source>A post needs some text.</source>
        <comment>community.post_empty</comment>
        <translation>Una publicación necesita algo de texto.</translation>
    </message>
    <message>
        <source>A post either starts a thread (with a title) or replies in one (naming it).</source>
        <comment>community.post_where</comment>
        <translation>Una publicación abre un hilo (con título) o responde en uno (indicándolo).</translation>
    </message>
    <message>
        <source>There is a post with this id already.</source>
        <comment>community.post_exists</comment>
        <translation>Ya hay una publicación con este id.</translation>
    </message>
    <message>
        <source>There is no such thread.</source>
        <comment>community.no_thread</comment>
        <translation>No existe ese hilo.</translation>
    </message>
    <message>
        <source>%1 mentioned you in &quot;%2&quot;: %3</source>
        <comment>community.mentioned</comment>
        <translation>%1 te ha mencionado en «%2»: %3</translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <comment>community.no_post</comment>
        <translation>No existe esa publicación.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <comment>community.emoji</comment>
        <translation>Una reacción es un emoji.</translation>
    </message>
    <message>
        <source>A message needs some text.</source>
        <comment>community.message_empty</comment>
        <translation>Un mensaje necesita algo de texto.</translation>
    </message>
    <message>
        <source>There is no member &apos;%1&apos; to write to.</source>
        <comment>community.no_recipient</comment>
        <translation>No hay ningún miembro «%1» al que escribir.</translation>
    </message>
    <message>
        <source>%1 is a device, not a person: it reads no messages.</source>
        <comment>community.not_a_person</comment>
        <translation>%1 es un dispositivo, no una persona: no lee mensajes.</translation>
    </message>
    <message>
        <source>Say whom the message is for (up to %1 people).</source>
        <comment>community.message_to</comment>
        <translation>Di para quién es el mensaje (hasta %1 personas).</translation>
    </message>
    <message>
        <source>There is a message with this id already.</source>
        <comment>community.message_exists</comment>
        <translation>Ya hay un mensaje con este id.</translation>
    </message>
    <message>
        <source>%1 wrote to you: %2</source>
        <comment>community.message</comment>
        <translation>%1 te ha escrito: %2</translation>
    </message>
    <message>
        <source>You have no conversation by that id.</source>
        <comment>community.no_conversation</comment>
        <translation>No tienes ninguna conversación con ese id.</translation>
    </message>
    <message>
        <source>Reported: the staff will look at it.</source>
        <comment>community.reported</comment>
        <translation>Denunciado: el equipo lo revisará.</translation>
    </message>
    <message>
        <source>A ban lasts from 1 to 3650 days (0 lifts it).</source>
        <comment>community.ban_days</comment>
        <translation>Una suspensión dura de 1 a 3650 días (0 la levanta).</translation>
    </message>
    <message>
        <source>Say why: the member is told the reason when they try to post.</source>
        <comment>community.ban_reason</comment>
        <translation>Di por qué: el miembro verá el motivo cuando intente publicar.</translation>
    </message>
</context>
<context>
    <name>ServerTerm</name>
    <message>
        <source>check members in</source>
        <comment>action:checkin</comment>
        <translation>registrar la entrada de miembros</translation>
    </message>
    <message>
        <source>check themselves in</source>
        <comment>own_action:checkin</comment>
        <translation>registrar su propia entrada</translation>
    </message>
    <message>
        <source>check in by QR code or PIN</source>
        <comment>action:checkin_credential</comment>
        <translation>registrar entradas con código QR o PIN</translation>
    </message>
    <message>
        <source>check members out</source>
        <comment>action:checkout</comment>
        <translation>registrar la salida de miembros</translation>
    </message>
    <message>
        <source>check themselves out</source>
        <comment>own_action:checkout</comment>
        <translation>registrar su propia salida</translation>
    </message>
    <message>
        <source>undo members&apos; check-ins</source>
        <comment>action:undo_checkin</comment>
        <translation>deshacer entradas de miembros</translation>
    </message>
    <message>
        <source>undo their own check-ins</source>
        <comment>own_action:undo_checkin</comment>
        <translation>deshacer sus propias entradas</translation>
    </message>
    <message>
        <source>issue badges and PINs</source>
        <comment>action:issue_credentials</comment>
        <translation>emitir credenciales y PIN</translation>
    </message>
    <message>
        <source>renew their own badge and PIN</source>
        <comment>own_action:issue_credentials</comment>
        <translation>renovar su propia credencial y PIN</translation>
    </message>
    <message>
        <source>create or edit spaces</source>
        <comment>action:save_resource</comment>
        <translation>crear o editar espacios</translation>
    </message>
    <message>
        <source>edit categories</source>
        <comment>action:save_category</comment>
        <translation>editar categorías</translation>
    </message>
    <message>
        <source>create or edit locations</source>
        <comment>action:save_location</comment>
        <translation>crear o editar sedes</translation>
    </message>
    <message>
        <source>retire spaces</source>
        <comment>action:retire_resource</comment>
        <translation>retirar espacios</translation>
    </message>
    <message>
        <source>retire categories</source>
        <comment>action:retire_category</comment>
        <translation>retirar categorías</translation>
    </message>
    <message>
        <source>retire locations</source>
        <comment>action:retire_location</comment>
        <translation>retirar sedes</translation>
    </message>
    <message>
        <source>make bookings</source>
        <comment>action:book</comment>
        <translation>hacer reservas</translation>
    </message>
    <message>
        <source>book for themselves</source>
        <comment>own_action:book</comment>
        <translation>reservar para sí mismos</translation>
    </message>
    <message>
        <source>make recurring bookings</source>
        <comment>action:book_series</comment>
        <translation>hacer reservas periódicas</translation>
    </message>
    <message>
        <source>book for themselves</source>
        <comment>own_action:book_series</comment>
        <translation>reservar para sí mismos</translation>
    </message>
    <message>
        <source>move bookings</source>
        <comment>action:move</comment>
        <translation>mover reservas</translation>
    </message>
    <message>
        <source>move their own bookings</source>
        <comment>own_action:move</comment>
        <translation>mover sus propias reservas</translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <comment>action:cancel</comment>
        <translation>cancelar reservas</translation>
    </message>
    <message>
        <source>cancel their own bookings</source>
        <comment>own_action:cancel</comment>
        <translation>cancelar sus propias reservas</translation>
    </message>
    <message>
        <source>cancel recurring bookings</source>
        <comment>action:cancel_series</comment>
        <translation>cancelar reservas periódicas</translation>
    </message>
    <message>
        <source>change their own bookings</source>
        <comment>own_action:cancel_series</comment>
        <translation>cambiar sus propias reservas</translation>
    </message>
    <message>
        <source>change recurring bookings</source>
        <comment>action:edit_series</comment>
        <translation>cambiar reservas periódicas</translation>
    </message>
    <message>
        <source>change their own bookings</source>
        <comment>own_action:edit_series</comment>
        <translation>cambiar sus propias reservas</translation>
    </message>
    <message>
        <source>approve bookings</source>
        <comment>action:approve</comment>
        <translation>aprobar reservas</translation>
    </message>
    <message>
        <source>decline bookings</source>
        <comment>action:decline</comment>
        <translation>rechazar reservas</translation>
    </message>
    <message>
        <source>change booking policies</source>
        <comment>action:set_policy</comment>
        <translation>cambiar las normas de reserva</translation>
    </message>
    <message>
        <source>join waitlists</source>
        <comment>action:join_waitlist</comment>
        <translation>apuntarse a listas de espera</translation>
    </message>
    <message>
        <source>wait for a slot themselves</source>
        <comment>own_action:join_waitlist</comment>
        <translation>esperar un hueco para sí mismos</translation>
    </message>
    <message>
        <source>leave waitlists</source>
        <comment>action:leave_waitlist</comment>
        <translation>salir de listas de espera</translation>
    </message>
    <message>
        <source>act on their own place in a waitlist</source>
        <comment>own_action:leave_waitlist</comment>
        <translation>gestionar su propio puesto en una lista de espera</translation>
    </message>
    <message>
        <source>accept waitlist offers</source>
        <comment>action:accept_offer</comment>
        <translation>aceptar ofertas de la lista de espera</translation>
    </message>
    <message>
        <source>act on their own place in a waitlist</source>
        <comment>own_action:accept_offer</comment>
        <translation>gestionar su propio puesto en una lista de espera</translation>
    </message>
    <message>
        <source>change a member&apos;s plan</source>
        <comment>action:set_plan</comment>
        <translation>cambiar el plan de un miembro</translation>
    </message>
    <message>
        <source>write notes about members</source>
        <comment>action:save_member_note</comment>
        <translation>escribir notas sobre miembros</translation>
    </message>
    <message>
        <source>remove notes about members</source>
        <comment>action:delete_member_note</comment>
        <translation>quitar notas sobre miembros</translation>
    </message>
    <message>
        <source>make calendar feeds</source>
        <comment>action:calendar_feed_member</comment>
        <translation>crear enlaces de calendario</translation>
    </message>
    <message>
        <source>make a calendar feed of their own bookings</source>
        <comment>own_action:calendar_feed_member</comment>
        <translation>crear un enlace de calendario de sus propias reservas</translation>
    </message>
    <message>
        <source>make a space&apos;s calendar feed</source>
        <comment>action:calendar_feed_resource</comment>
        <translation>crear el enlace de calendario de un espacio</translation>
    </message>
    <message>
        <source>import busy times</source>
        <comment>action:import_busy</comment>
        <translation>importar horas ocupadas</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role:admin</comment>
        <translation>administración</translation>
    </message>
    <message>
        <source>Front desk</source>
        <comment>role:front_desk</comment>
        <translation>recepción</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>role:member</comment>
        <translation>miembro</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <comment>role:kiosk</comment>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>text</source>
        <comment>type:text</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>type:integer</comment>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>type:number</comment>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>type:boolean</comment>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a map</source>
        <comment>type:map</comment>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <comment>type:text_list</comment>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>series_status:cancelled</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>replaced</source>
        <comment>series_status:replaced</comment>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>read notifications</source>
        <comment>action:read_notifications</comment>
        <translation>leer notificaciones</translation>
    </message>
    <message>
        <source>read their own notifications</source>
        <comment>own_action:read_notifications</comment>
        <translation>leer sus propias notificaciones</translation>
    </message>
    <message>
        <source>archive notifications</source>
        <comment>action:archive_notifications</comment>
        <translation>archivar notificaciones</translation>
    </message>
    <message>
        <source>archive their own notifications</source>
        <comment>own_action:archive_notifications</comment>
        <translation>archivar sus propias notificaciones</translation>
    </message>
    <message>
        <source>change notification settings</source>
        <comment>action:set_notify_pref</comment>
        <translation>cambiar los ajustes de notificaciones</translation>
    </message>
    <message>
        <source>change their own notification settings</source>
        <comment>own_action:set_notify_pref</comment>
        <translation>cambiar sus propios ajustes de notificaciones</translation>
    </message>
    <message>
        <source>change everyone&apos;s notification defaults</source>
        <comment>action:set_notify_default</comment>
        <translation>cambiar las notificaciones por defecto de todos</translation>
    </message>
    <message>
        <source>change reminder and quiet-hour settings</source>
        <comment>action:set_notify_settings</comment>
        <translation>cambiar los recordatorios y las horas de silencio</translation>
    </message>
    <message>
        <source>change their own reminder and quiet-hour settings</source>
        <comment>own_action:set_notify_settings</comment>
        <translation>cambiar sus propios recordatorios y horas de silencio</translation>
    </message>
    <message>
        <source>change everyone&apos;s default reminder</source>
        <comment>action:set_notify_settings_default</comment>
        <translation>cambiar el recordatorio por defecto de todos</translation>
    </message>
    <message>
        <source>create events</source>
        <comment>action:create_event</comment>
        <translation>crear eventos</translation>
    </message>
    <message>
        <source>cancel events</source>
        <comment>action:cancel_event</comment>
        <translation>cancelar eventos</translation>
    </message>
    <message>
        <source>answer events for members</source>
        <comment>action:rsvp</comment>
        <translation>responder a eventos por los miembros</translation>
    </message>
    <message>
        <source>answer events for themselves</source>
        <comment>own_action:rsvp</comment>
        <translation>responder a eventos por sí mismos</translation>
    </message>
    <message>
        <source>check attendees in at events</source>
        <comment>action:event_checkin</comment>
        <translation>registrar la llegada de asistentes a eventos</translation>
    </message>
    <message>
        <source>post in the forum</source>
        <comment>action:post</comment>
        <translation>publicar en el foro</translation>
    </message>
    <message>
        <source>post in the forum as themselves</source>
        <comment>own_action:post</comment>
        <translation>publicar en el foro en su nombre</translation>
    </message>
    <message>
        <source>react to posts</source>
        <comment>action:react</comment>
        <translation>reaccionar a publicaciones</translation>
    </message>
    <message>
        <source>react to posts as themselves</source>
        <comment>own_action:react</comment>
        <translation>reaccionar a publicaciones en su nombre</translation>
    </message>
    <message>
        <source>pin forum threads</source>
        <comment>action:pin_thread</comment>
        <translation>fijar hilos del foro</translation>
    </message>
    <message>
        <source>send messages</source>
        <comment>action:send_message</comment>
        <translation>enviar mensajes</translation>
    </message>
    <message>
        <source>send messages as themselves</source>
        <comment>own_action:send_message</comment>
        <translation>enviar mensajes en su nombre</translation>
    </message>
    <message>
        <source>mark messages read</source>
        <comment>action:read_messages</comment>
        <translation>marcar mensajes como leídos</translation>
    </message>
    <message>
        <source>mark their own messages read</source>
        <comment>own_action:read_messages</comment>
        <translation>marcar sus propios mensajes como leídos</translation>
    </message>
    <message>
        <source>report posts</source>
        <comment>action:report_post</comment>
        <translation>denunciar publicaciones</translation>
    </message>
    <message>
        <source>report posts as themselves</source>
        <comment>own_action:report_post</comment>
        <translation>denunciar publicaciones en su nombre</translation>
    </message>
    <message>
        <source>hide posts</source>
        <comment>action:hide_post</comment>
        <translation>ocultar publicaciones</translation>
    </message>
    <message>
        <source>ban members from the community</source>
        <comment>action:ban_member</comment>
        <translation>suspender miembros de la comunidad</translation>
    </message>
    <message>
        <source>change directory profiles</source>
        <comment>action:set_profile</comment>
        <translation>cambiar perfiles del directorio</translation>
    </message>
    <message>
        <source>change their own directory profile</source>
        <comment>own_action:set_profile</comment>
        <translation>cambiar su propio perfil del directorio</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Where you are signed in</source>
        <translation>Dónde tienes la sesión abierta</translation>
    </message>
    <message>
        <source>Offline: the server lists your devices when this one is connected again.</source>
        <translation>Sin conexión: el servidor mostrará tus equipos cuando este vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign out there</source>
        <translation>Cerrar sesión allí</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Cerrar sesión en los demás equipos</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Check in member</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search members, spaces, bookings…</source>
        <translation>Buscar miembros, espacios, reservas…</translation>
    </message>
    <message>
        <source>Search spaces and your bookings…</source>
        <translation>Buscar espacios y tus reservas…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to run your space.</source>
        <translation>Entra para gestionar tu espacio.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet. They stay on this computer for your account and go out when you sign in again.</source>
        <translation>
            <numerusform>%n cambio sin enviar. Se queda en este ordenador para tu cuenta y se envía cuando vuelvas a iniciar sesión.</numerusform>
            <numerusform>%n cambios sin enviar. Se quedan en este ordenador para tu cuenta y se envían cuando vuelvas a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar sesión?</translation>
    </message>
    <message>
        <source>Your copy of the bookings is removed from this computer. It syncs again when you sign in.</source>
        <translation>Tu copia de las reservas se borra de este ordenador. Se vuelve a sincronizar cuando inicies sesión.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir conectado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>New space</source>
        <translation>Nuevo espacio</translation>
    </message>
    <message>
        <source>Out of service: not on the calendar and not bookable.</source>
        <translation>Fuera de servicio: no aparece en el calendario ni se puede reservar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Floor 1, Studio…</source>
        <translation>Planta 1, Estudio…</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>screen, whiteboard, video</source>
        <translation>screen, whiteboard, video</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Take %1 out of service? Its upcoming bookings must be moved or cancelled first.</source>
        <translation>¿Dejar %1 fuera de servicio? Antes hay que mover o cancelar sus próximas reservas.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Add space</source>
        <translation>Añadir espacio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SpaceResult</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Join waitlist</source>
        <translation>Apuntarme a la lista</translation>
    </message>
</context>
<context>
    <name>SyncChip</name>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n pending</source>
        <translation>
            <numerusform>%1 · %n pendiente</numerusform>
            <numerusform>%1 · %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — new bookings are kept on this computer and sent when the connection returns.</source>
        <translation>Sin conexión: las reservas nuevas se guardan en este ordenador y se envían cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Todo está al día.</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
</context>
<context>
    <name>TabChip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tab name · count</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escribe una respuesta…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Hide this post?</source>
        <translation>¿Ocultar este mensaje?</translation>
    </message>
    <message>
        <source>Report this post?</source>
        <translation>¿Denunciar este mensaje?</translation>
    </message>
    <message>
        <source>Members no longer see it; staff still do, with your reason.</source>
        <translation>Los miembros dejan de verlo; el equipo lo sigue viendo, con tu motivo.</translation>
    </message>
    <message>
        <source>Staff read it and decide. The author is not told who reported it.</source>
        <translation>El equipo lo lee y decide. Al autor no se le dice quién lo denunció.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n espacio</numerusform>
            <numerusform>%n espacios</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>Cargando el calendario…</translation>
    </message>
    <message>
        <source>This location has no spaces yet. Staff add them in Admin.</source>
        <translation>Este centro aún no tiene espacios. El personal los añade en Administración.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>atrium::client::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Trust it with its CA or pin it.</source>
        <translation>El certificado del servidor no es de confianza (%1). Confía en su CA o fíjalo con su huella.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A pin is the SHA-256 of the server&apos;s key as atrium-server prints it: 64 hexadecimal digits, colons allowed.</source>
        <translation>Una huella es el SHA-256 de la clave del servidor tal como lo muestra atrium-server: 64 dígitos hexadecimales, se admiten dos puntos.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this device was set up for (its pin differs).</source>
        <translation>El certificado del servidor no es el configurado en este dispositivo (su huella es distinta).</translation>
    </message>
    <message>
        <source>This server uses TLS: try %1</source>
        <translation>Este servidor usa TLS: prueba %1</translation>
    </message>
    <message>
        <source>The server did not answer. Check its address, or try again in a moment.</source>
        <translation>El servidor no ha respondido. Comprueba la dirección o vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se ha podido contactar con el servidor.</translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation>Inicia sesión para sincronizar.</translation>
    </message>
</context>
<context>
    <name>atrium::gui::AccountSettings</name>
    <message>
        <source>Too many wrong passwords: wait a few minutes and try again.</source>
        <translation>Demasiadas contraseñas incorrectas: espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer; try again.</source>
        <translation>El servidor no ha respondido; vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words make a good one.</source>
        <translation>
            <numerusform>Una contraseña necesita al menos %n carácter; unas cuantas palabras hacen una buena.</numerusform>
            <numerusform>Una contraseña necesita al menos %n caracteres; unas cuantas palabras hacen una buena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can be at most %n characters.</source>
        <translation>
            <numerusform>Una contraseña puede tener como mucho %n carácter.</numerusform>
            <numerusform>Una contraseña puede tener como mucho %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot be your e-mail address.</source>
        <translation>La contraseña no puede ser tu correo electrónico.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Offline: this is asked of the server, so it needs a connection.</source>
        <translation>Sin conexión: esto se pide al servidor, así que necesita conexión.</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Escribe primero tu contraseña actual.</translation>
    </message>
    <message>
        <source>This is the only device signed in to your account.</source>
        <translation>Este es el único equipo con la sesión abierta en tu cuenta.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>Otro equipo</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Sesión iniciada el %1</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Último uso el %1</translation>
    </message>
    <message>
        <source>Signed out on every other device.</source>
        <translation>Sesión cerrada en todos los demás equipos.</translation>
    </message>
    <message>
        <source>Signed out there.</source>
        <translation>Sesión cerrada allí.</translation>
    </message>
    <message>
        <source>That session had already ended.</source>
        <translation>Esa sesión ya había terminado.</translation>
    </message>
    <message>
        <source>Password changed. Every other device was signed out and needs the new one.</source>
        <translation>Contraseña cambiada. Se ha cerrado la sesión en los demás equipos, que necesitarán la nueva.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>atrium::gui::Admin</name>
    <message>
        <source>Each rule is a whole number, 0 or more; leave it empty to take the rule from the level above.</source>
        <translation>Cada norma es un número entero, 0 o más; déjala vacía para tomarla del nivel superior.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for the server.</source>
        <translation>Guardado en este ordenador; esperando al servidor.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>every location</source>
        <translation>todas las sedes</translation>
    </message>
    <message>
        <source>this location</source>
        <translation>esta sede</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a rule&apos;s value · the level it comes from</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · default</source>
        <translation>%1 · por defecto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No · default</source>
        <translation>No · por defecto</translation>
    </message>
</context>
<context>
    <name>atrium::gui::AppController</name>
    <message>
        <source>Enter your email and password.</source>
        <translation>Escribe tu correo electrónico y tu contraseña.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last synced at %1</source>
        <translation>Última sincronización a las %1</translation>
    </message>
    <message>
        <source>Your booking of %1 (%2) was not accepted.</source>
        <translation>Tu reserva de %1 (%2) no se aceptó.</translation>
    </message>
    <message>
        <source>A change was not accepted.</source>
        <translation>Un cambio no se aceptó.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>No se pudo contactar con el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server cannot sign anyone in just now; try again in a moment.</source>
        <translation>El servidor no puede iniciar sesiones ahora mismo; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is already booked at that time.</source>
        <translation>%1 ya está reservada a esa hora.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Tu cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta las %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 ha entrado.</translation>
    </message>
    <message>
        <source>%1 is checked in: %2.</source>
        <translation>%1 ha entrado: %2.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Entrada de %1 anulada.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Lista de presentes</translation>
    </message>
    <message>
        <source>Roll call — %1</source>
        <translation>Lista de presentes — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people in the building</source>
        <translation>
            <numerusform>%1 · %n persona en el edificio</numerusform>
            <numerusform>%1 · %n personas en el edificio</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation>No hay nadie dentro.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Horas en %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a week within one month: first day – last day, month and year</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a week across months</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>atrium::gui::CalendarEdits</name>
    <message>
        <source>%1 · %2</source>
        <comment>space · when</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This booking is no longer in the calendar.</source>
        <translation>Esta reserva ya no está en el calendario.</translation>
    </message>
    <message>
        <source>A booking needs some time.</source>
        <translation>Una reserva necesita algo de tiempo.</translation>
    </message>
</context>
<context>
    <name>atrium::gui::Community</name>
    <message>
        <source>Give the event a title.</source>
        <translation>Dale un título al evento.</translation>
    </message>
    <message>
        <source>Choose the day of the event.</source>
        <translation>Elige el día del evento.</translation>
    </message>
    <message>
        <source>The event ends after it starts.</source>
        <translation>El evento termina después de empezar.</translation>
    </message>
    <message>
        <source>An event starts in the future.</source>
        <translation>Un evento empieza en el futuro.</translation>
    </message>
    <message>
        <source>The number of seats is 0 (no limit) or more.</source>
        <translation>Las plazas son 0 (sin límite) o más.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No room (somewhere else in the building)</source>
        <translation>Sin sala (en otro lugar del edificio)</translation>
    </message>
</context>
<context>
    <name>atrium::gui::ConversationListModel</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
</context>
<context>
    <name>atrium::gui::EventListModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>room · building</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>atrium::gui::FindSpaceModel</name>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Despacho privado</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Puesto flexible</translation>
    </message>
    <message>
        <source>Dedicated desk</source>
        <translation>Puesto fijo</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Espacio para eventos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, times</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Pizarra</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Videollamadas</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Sin escalones</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>Taquilla</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Mesa elevable</translation>
    </message>
    <message>
        <source>Taken then. You are on its waitlist.</source>
        <translation>Ocupado a esa hora. Estás en su lista de espera.</translation>
    </message>
    <message>
        <source>Taken then. Join the waitlist to be offered it if it frees.</source>
        <translation>Ocupado a esa hora. Apúntate a la lista de espera y se te ofrecerá si queda libre.</translation>
    </message>
    <message>
        <source>The front desk approves bookings of this space; it is held for you until then.</source>
        <translation>Recepción aprueba las reservas de este espacio; queda apartado para ti hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · up to %n</source>
        <translation>
            <numerusform>%1 · %2 · hasta %n</numerusform>
            <numerusform>%1 · %2 · hasta %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberBookingsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Held for you for %1 more, until %2.</source>
        <translation>Reservado para ti %1 más, hasta las %2.</translation>
    </message>
    <message>
        <source>Joins the line when this device is back online.</source>
        <translation>Entra en la lista cuando este equipo vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>If it frees, it is offered to you, in the order people joined.</source>
        <translation>Si queda libre, se te ofrece por orden de llegada a la lista.</translation>
    </message>
    <message>
        <source>Arrival without a booking</source>
        <translation>Llegada sin reserva</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberNotesModel</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>edited by %1</source>
        <translation>editada por %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Sin enviar</translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberProfile</name>
    <message>
        <source>A new badge and PIN are asked for: the PIN shows here when the server answers.</source>
        <translation>Se han pedido una tarjeta y un PIN nuevos: el PIN aparece aquí cuando responda el servidor.</translation>
    </message>
    <message>
        <source>In since %1</source>
        <translation>Dentro desde las %1</translation>
    </message>
    <message>
        <source>Booked %1, %2</source>
        <translation>Reserva: %1, %2</translation>
    </message>
    <message>
        <source>Nothing booked here today</source>
        <translation>Nada reservado aquí hoy</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>Elige primero un miembro.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters; this one has %2.</source>
        <translation>Una nota tiene como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberSearchModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>atrium::gui::MonthModel</name>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time space</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>time space · who</comment>
        <translation>%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>atrium::gui::NotificationSettings</name>
    <message>
        <source>Bookings made or confirmed</source>
        <translation>Reservas hechas o confirmadas</translation>
    </message>
    <message>
        <source>Bookings cancelled by staff</source>
        <translation>Reservas canceladas por el equipo</translation>
    </message>
    <message>
        <source>Bookings approved</source>
        <translation>Reservas aprobadas</translation>
    </message>
    <message>
        <source>Bookings declined</source>
        <translation>Reservas rechazadas</translation>
    </message>
    <message>
        <source>Bookings released (no-show)</source>
        <translation>Reservas liberadas (no presentado)</translation>
    </message>
    <message>
        <source>Booking reminders</source>
        <translation>Recordatorios de reservas</translation>
    </message>
    <message>
        <source>A waitlisted space is free</source>
        <translation>Se libera un espacio en espera</translation>
    </message>
    <message>
        <source>A waitlist offer ran out</source>
        <translation>Caduca una oferta de la lista de espera</translation>
    </message>
    <message>
        <source>Events: invitations and changes</source>
        <translation>Eventos: invitaciones y cambios</translation>
    </message>
    <message>
        <source>Event reminders</source>
        <translation>Recordatorios de eventos</translation>
    </message>
    <message>
        <source>Mentions in the forum</source>
        <translation>Menciones en el foro</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Security: password and sign-outs</source>
        <translation>Seguridad: contraseña y cierres de sesión</translation>
    </message>
</context>
<context>
    <name>atrium::gui::PostListModel</name>
    <message>
        <source>Hidden by %1</source>
        <translation>Ocultado por %1</translation>
    </message>
    <message>
        <source>Hidden by %1: %2</source>
        <translation>Ocultado por %1: %2</translation>
    </message>
</context>
<context>
    <name>atrium::gui::Preferences</name>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation>Este sistema no permite abrir la aplicación al iniciar sesión.</translation>
    </message>
    <message>
        <source>Front desk and bookings</source>
        <translation>Recepción y reservas</translation>
    </message>
</context>
<context>
    <name>atrium::gui::SearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
</context>
<context>
    <name>atrium::gui::SelfService</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Released: nobody checked in</source>
        <translation>Liberada: nadie hizo la entrada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Ofrecida a ti</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>It has started; check out to free the rest of it.</source>
        <translation>Ya ha empezado; registra la salida para liberar el resto.</translation>
    </message>
    <message>
        <source>Free to cancel until it starts.</source>
        <translation>Cancelación gratuita hasta que empiece.</translation>
    </message>
    <message>
        <source>Free to cancel until %1.</source>
        <translation>Cancelación gratuita hasta el %1.</translation>
    </message>
    <message>
        <source>The deadline to cancel was %1; the front desk can still cancel it.</source>
        <translation>El plazo para cancelar terminó el %1; recepción aún puede cancelarla.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This booking is not on this device.</source>
        <translation>Esta reserva no está en este equipo.</translation>
    </message>
    <message>
        <source>This booking is not part of that series.</source>
        <translation>Esta reserva no forma parte de esa serie.</translation>
    </message>
</context>
<context>
    <name>atrium::gui::ThreadListModel</name>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>atrium::gui::TodayModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde las %1</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>Free, %n people</source>
        <translation>
            <numerusform>Libre, %n persona</numerusform>
            <numerusform>Libre, %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>rest of the day</source>
        <translation>el resto del día</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>abre a las %1</translation>
    </message>
    <message>
        <source>closed for today</source>
        <translation>cerrado por hoy</translation>
    </message>
</context>
<context>
    <name>atrium::gui::Undo</name>
    <message>
        <source>Booked %1.</source>
        <translation>Reservado: %1.</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>Cancelada: %1.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Movida a %1.</translation>
    </message>
    <message>
        <source>Nothing to undo: that booking is no longer there.</source>
        <translation>Nada que deshacer: esa reserva ya no está.</translation>
    </message>
    <message>
        <source>Booking taken back: %1.</source>
        <translation>Reserva retirada: %1.</translation>
    </message>
    <message>
        <source>Cannot undo: its old time has begun.</source>
        <translation>No se puede deshacer: su hora anterior ya ha empezado.</translation>
    </message>
    <message>
        <source>Moved back to %1.</source>
        <translation>Devuelta a %1.</translation>
    </message>
    <message>
        <source>Cannot undo: its time has begun.</source>
        <translation>No se puede deshacer: su hora ya ha empezado.</translation>
    </message>
    <message>
        <source>Booked again: %1.</source>
        <translation>Reservada de nuevo: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s booking moved to %2.</source>
        <translation>Reserva de %1 movida a %2.</translation>
    </message>
</context>
</TS>
