<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation><numerusform>%n reserva</numerusform><numerusform>%n reservas</numerusform></translation>
    </message>
    <message>
        <source>Offline — the calendar will appear once this computer has synced with the server.</source>
        <translation>Sin conexión: el calendario aparecerá cuando este ordenador se sincronice con el servidor.</translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>Cargando el calendario…</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>¿Anular esta reserva?</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
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
        <source>%1, %2. The space becomes free for others.</source>
        <translation>%1, %2. El espacio quedará libre para otras personas.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check a member in</source>
        <translation>Registrar la entrada de un miembro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
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
    <name>NavRail</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
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
        <translation><numerusform>%n cambio sin enviar. Se queda en este ordenador para tu cuenta y se envía cuando vuelvas a iniciar sesión.</numerusform><numerusform>%n cambios sin enviar. Se quedan en este ordenador para tu cuenta y se envían cuando vuelvas a iniciar sesión.</numerusform></translation>
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
        <translation><numerusform>%1 · %n pendiente</numerusform><numerusform>%1 · %n pendientes</numerusform></translation>
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
        <source>Booking %1, %2</source>
        <translation>Reserva de %1, %2</translation>
    </message>
    <message>
        <source>Cancellation of a booking</source>
        <translation>Anulación de una reserva</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Your booking of %1 at %2 was not accepted.</source>
        <translation>Tu reserva de %1 el %2 no se aceptó.</translation>
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
</context>
</TS>