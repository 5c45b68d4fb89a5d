// Every word the page shows, in each language it speaks. English and Spanish are complete (a test checks that
// both have every key and the same {placeholders}). Plural forms follow Intl.PluralRules; dates and numbers
// use the language's own formats. To add a language, copy the `es` block and translate each value.

export const MESSAGES = {
  en: {
    'app.title': 'meshloom',
    'app.on': 'on meshloom',
    'lang.label': 'Language',
    'link.connecting': 'connecting…',
    'link.radio': 'radio: {state}',
    'link.offline': 'gateway out of reach: what you send waits on this phone',
    'link.unreachable': 'cannot reach the gateway',
    'radio.ready': 'ready',
    'radio.connecting': 'connecting',
    'radio.configuring': 'configuring',
    'radio.lost': 'lost',
    'radio.closed': 'closed',

    'me.title': 'Who are you?',
    'me.explain': 'Your name goes with what you record and what you write in the chat. It stays on this phone.',
    'me.name': 'Your name or nickname',
    'me.household': 'Your household (for check-ins)',
    'me.save': 'Save',
    'me.you': 'You: {name}',
    'me.change': 'Change',

    'tab.ledger': 'Ledger',
    'tab.needs': 'Needs & offers',
    'tab.safe': 'Who is safe',
    'tab.chat': 'Chat',
    'tab.mesh': 'Mesh',
    'tab.operator': 'Operator',

    'ledger.title': 'What we did for each other',
    'period.today': 'Today',
    'period.week': 'This week',
    'period.all': 'All time',
    'totals.none': 'Nothing recorded yet.',
    'totals.entries': '{count, plural, one {# entry} other {# entries}}',
    'entry.title': 'Record something',
    'entry.what': 'What',
    'entry.kind.contribution': 'I / we did something',
    'entry.kind.need': 'Someone needs something',
    'entry.kind.offer': 'Someone offers something',
    'entry.kind.credit': 'Give participation credits',
    'entry.kind.resource': 'A shared resource (name it in the note)',
    'entry.category': 'Category',
    'entry.howMuch': 'How much',
    'entry.unit': 'Unit',
    'entry.who': 'Who',
    'entry.toWhom': 'To whom',
    'entry.availability': 'Availability',
    'entry.note': 'Note',
    'entry.record': 'Record',
    'balances.title': 'Participation credits',
    'balances.none': 'No credits moved yet.',
    'feed.title': 'Latest',
    'feed.none': 'Nothing yet.',

    'cat.meals': 'Meals',
    'cat.childcare': 'Childcare',
    'cat.transport': 'Transport',
    'cat.medical': 'Medical help',
    'cat.power': 'Power / charging',
    'cat.shelter': 'Shelter',
    'cat.repair': 'Repair',
    'cat.water': 'Water',
    'cat.supplies': 'Supplies',
    'cat.other': 'Other',

    'unit.portions': '{count, plural, one {# portion} other {# portions}}',
    'unit.hours': '{count, plural, one {# hour} other {# hours}}',
    'unit.trips': '{count, plural, one {# trip} other {# trips}}',
    'unit.kwh': '{count} kWh',
    'unit.litres': '{count, plural, one {# litre} other {# litres}}',
    'unit.items': '{count, plural, one {# item} other {# items}}',
    'unit.nights': '{count, plural, one {# night} other {# nights}}',
    'unit.people': '{count, plural, one {# person} other {# people}}',
    'unit.credits': '{count, plural, one {# credit} other {# credits}}',
    'unitName.portions': 'portions',
    'unitName.hours': 'hours',
    'unitName.trips': 'trips',
    'unitName.kwh': 'kWh',
    'unitName.litres': 'litres',
    'unitName.items': 'items',
    'unitName.nights': 'nights',
    'unitName.people': 'people',
    'unitName.credits': 'credits',

    'avail.available': 'available',
    'avail.in_use': 'in use',
    'avail.unavailable': 'unavailable',

    'text.contribution': '{member}: {category}, {amount}',
    'text.need': '{member} needs {category}: {amount}',
    'text.offer': '{member} offers {category}: {amount}',
    'text.credit': '{member} gave {amount} to {to}',
    'text.resource': '{what}: {availability} ({member})',
    'text.withdrew': '{member} withdrew: {what}',
    'text.corrected': '{member} corrected: {now}, not {before}',
    'text.correctedNote': '{member} corrected the note: {note}',
    'text.correctedEarlier': '{member} corrected an earlier entry',
    'text.checkIn.safe': '{member} checked in: safe',
    'text.checkIn.need_help': '{member} checked in: needs help',
    'text.response.taken': '{member} can help with: {what}',
    'text.response.done': '{member} marked done: {what}',
    'text.response.still_open': '{member} says it is still open: {what}',
    'text.somethingElse': 'an entry this version cannot show',
    'text.anEntry': 'an earlier entry',

    'mine.correct': 'Correct',
    'mine.withdraw': 'Withdraw',
    'mine.withdrawConfirm': 'Withdraw “{what}”? Everyone will see it was withdrawn.',
    'mine.saveCorrection': 'Save correction',
    'mine.cancel': 'Cancel',

    'needs.title': 'Needs and offers',
    'needs.open': 'Open',
    'needs.closed': 'Closed in the last days',
    'needs.none': 'Nothing open.',
    'needs.noneClosed': 'Nothing closed lately.',
    'needs.formTitle': 'Ask or offer',
    'needs.kindNeed': 'I / we need',
    'needs.kindOffer': 'I / we can offer',
    'needs.post': 'Post',
    'status.open': 'open',
    'status.taken': 'taken by {names}',
    'status.done': 'done ({name})',
    'status.withdrawn': 'withdrawn',
    'status.expired': 'closed: no news for 3 days',
    'needs.askStill': 'No news for a day. Is it still needed?',
    'needs.help': 'I can help',
    'needs.done': 'Done',
    'needs.stillOpen': 'Still needed',
    'needs.since': 'since {time}',

    'safe.title': 'Who is safe',
    'safe.since.alert': 'Since the alert “{headline}” ({time})',
    'safe.since.operator': 'Since {time} (set by the operator)',
    'safe.since.day': 'In the last 24 hours',
    'safe.since.asked': 'Since {time}',
    'safe.counts': '{safe, plural, one {# household safe} other {# households safe}} · {help, plural, one {# asking for help} other {# asking for help}}',
    'safe.askedHelp': 'Asked for help (first asked first)',
    'safe.safeList': 'Safe',
    'safe.none': 'No household has checked in yet.',
    'safe.formTitle': 'Check in',
    'safe.household': 'Household',
    'safe.weAreSafe': 'We are safe',
    'safe.weNeedHelp': 'We need help',
    'safe.note': 'A few words (optional)',
    'safe.thanks': 'Checked in. Every gateway of the neighbourhood will see it.',
    'safe.operatorSince': 'Count check-ins from',
    'safe.operatorSet': 'Set',
    'safe.operatorClear': 'From the latest alert',

    'chat.title': 'Channel chat',
    'chat.message': 'Message',
    'chat.send': 'Send',
    'chat.state.queued': 'waiting for the radio',
    'chat.state.sent': 'sent',
    'chat.state.acked': 'heard on the mesh ✓',
    'chat.state.failed': 'not delivered',
    'chat.as': 'Sent as {name}',
    'chat.none': 'No messages yet.',

    'mesh.title': 'The mesh',
    'mesh.radio':
      'Radio: {state} · {queue, plural, one {# packet waiting} other {# packets waiting}} · airtime {used} of {budget} s this hour · {lag, plural, one {# entry to catch up} other {# entries to catch up}}',
    'mesh.legend.self': 'this gateway',
    'mesh.legend.gateway': 'another gateway',
    'mesh.legend.node': 'a radio',
    'mesh.legend.link': 'heard directly',
    'mesh.graph': 'Nodes of the mesh around this gateway',
    'mesh.node': 'Node',
    'mesh.heard': 'Last heard',
    'mesh.snr': 'SNR',
    'mesh.hops': 'Hops',
    'mesh.battery': 'Battery',
    'mesh.thisGateway': '(this gateway)',
    'mesh.gateway': '(gateway)',
    'mesh.direct': 'direct',
    'mesh.none': 'No radio heard yet.',
    'mesh.noPosition': '{count, plural, one {# radio has no position and is not on the map.} other {# radios have no position and are not on the map.}}',
    'mesh.map': 'Map of the radios around this gateway',

    'op.title': 'Operator',
    'op.password': 'Operator password',
    'op.login': 'Log in',
    'op.raise': 'Raise an alert',
    'op.update': 'Update the alert',
    'op.headline': 'Headline',
    'op.event': 'Event',
    'op.eventPlaceholder': 'Flood, Gas leak, Water supply…',
    'op.instruction': 'Instruction',
    'op.area': 'Area',
    'op.severity': 'Severity',
    'op.reach': 'Reach',
    'op.reachFederated': 'Every federated neighbourhood',
    'op.reachLocal': 'This mesh only',
    'op.lasts': 'Lasts (minutes)',
    'op.send': 'Send alert to the mesh',
    'op.sendUpdate': 'Send the update',
    'op.cancelUpdate': 'Back to a new alert',
    'op.yours': 'Your alerts in force',
    'op.updateButton': 'Update',
    'op.cancelButton': 'All clear',
    'op.join': 'Let neighbours join',
    'op.joinExplain': "Neighbours scan this code with their phone's camera, or type these words when the page asks for them:",
    'op.joinQr': "QR code with the link to this page and the neighbourhood's secret words",
    'op.identity': 'Start a new identity',
    'op.identityExplain':
      'This gateway lost its ledger and waits for a neighbouring gateway to give its entries back. If none can be reached, it can write as a new identity instead: its earlier entries stay as they are under the old one, and what it records from now on, starting with what waits, is a new chain. This cannot be undone, and the key file changes: back it up again.',
    'op.identityConfirm': 'I understand: start a new identity now',
    'op.identityStart': 'Start a new identity',
    'op.identityDone': 'Done: this gateway now writes as {id}. Back up {keyFile} again.',
    'op.none': 'No alert of yours is in force.',

    'sev.extreme': 'Extreme',
    'sev.severe': 'Severe',
    'sev.moderate': 'Moderate',
    'sev.minor': 'Minor',
    'sev.unknown': 'Alert',
    'alert.kicker': '{severity} · {event} · from {from}',
    'alert.area': 'Area: {area}',
    'alert.until': 'until {time}',
    'alert.ackedBy': 'acknowledged by {names}',
    'alert.ackedByNone': 'no gateway has acknowledged it yet',
    'alert.allClear': 'All clear: {headline}',
    'alert.allClearFrom': 'from {from} at {time}',
    'alert.past': 'Past alerts',
    'alert.pastNone': 'No past alerts.',
    'alert.ended.cancel': 'all clear at {time}',
    'alert.ended.expired': 'ended {time}',
    'alert.ended.superseded': 'updated',

    'form.sending': 'Sending…',
    'form.done': 'Done.',
    'form.kept': 'Kept. This gateway is checking its ledger with its neighbours and will record it as soon as that is done.',
    'form.waiting': 'The gateway is out of reach. Kept on this phone: it goes out by itself when the gateway is back.',
    'form.notSent': 'Not sent: {reason}',
    'outbox.title': 'Waiting to send',
    'outbox.count': '{count, plural, one {# thing waits on this phone for the gateway} other {# things wait on this phone for the gateway}}',
    'outbox.item': 'waiting',
    'outbox.sent': 'sent',

    'secret.title': 'The neighbourhood’s words',
    'secret.explain': 'This neighbourhood asks for its secret words before anyone records something. They are on the gateway’s QR code, or ask the operator.',
    'secret.words': 'Secret words',
    'secret.ok': 'Continue',
    'secret.cancel': 'Not now',
    'secret.wrong': 'These words are not right. Check them with the operator.',

    'bytes.count': '{bytes} / {max} bytes',
    'bytes.over': 'Too long by {over} bytes: accented letters take 2 bytes, emoji 4.',

    'field.member': 'The name',
    'field.household': 'The household',
    'field.note': 'The note',
    'field.text': 'The message',
    'field.name': 'Your name',
    'field.toMember': 'The person who receives',
    'field.quantity': 'The amount',
    'field.headline': 'The headline',
    'field.instruction': 'The instruction',
    'field.area': 'The area',
    'field.event': 'The event',
    'field.password': 'The password',
    'field.other': 'A field',
    'err.maxLength': '{field} is too long: at most {limit} letters.',
    'err.minLength': '{field} is empty.',
    'err.required': '{field} is missing.',
    'err.pattern': '{field} cannot contain “@” or “:”, or start with a space.',
    'err.maximum': '{field} is too large: at most {limit}.',
    'err.minimum': '{field} is too small: at least {limit}.',
    'err.invalid': '{field} is not valid.',
    'err.network': 'the gateway cannot be reached.',
    'err.busy': 'the radio is busy. Try again in a minute.',
    'err.tooMany': 'too many at once. Try again in a minute.',
    'err.secret': 'this neighbourhood asks for its secret words.',
    'err.password': 'wrong operator password.',
    'err.notFound': 'that entry does not exist (any more).',
    'err.server': 'the gateway had a problem ({code}).',

    'time.never': 'never',
    'time.seconds': '{count} s ago',
    'time.minutes': '{count} min ago',
    'time.hours': '{count} h ago',
    'time.days': '{count, plural, one {# day ago} other {# days ago}}',

    'recovery.notice':
      'This gateway is getting its ledger back from the neighbouring gateways (since {time}). What you record now is kept and added once that is done. {held, plural, =0 {} one {# waits to be recorded.} other {# wait to be recorded.}} If no neighbouring gateway is in reach, this waits until one is.',
    'recovery.noPeers':
      'No neighbouring gateway has answered in {minutes} minutes. It keeps waiting; an operator can instead start a new identity (Operator tab).',
  },

  es: {
    'app.title': 'meshloom',
    'app.on': 'en meshloom',
    'lang.label': 'Idioma',
    'link.connecting': 'conectando…',
    'link.radio': 'radio: {state}',
    'link.offline': 'pasarela fuera de alcance: lo que envíes espera en este teléfono',
    'link.unreachable': 'no se puede llegar a la pasarela',
    'radio.ready': 'lista',
    'radio.connecting': 'conectando',
    'radio.configuring': 'configurando',
    'radio.lost': 'perdida',
    'radio.closed': 'cerrada',

    'me.title': '¿Quién eres?',
    'me.explain': 'Tu nombre acompaña lo que registras y lo que escribes en el chat. Se queda en este teléfono.',
    'me.name': 'Tu nombre o apodo',
    'me.household': 'Tu hogar (para avisar que estáis bien)',
    'me.save': 'Guardar',
    'me.you': 'Tú: {name}',
    'me.change': 'Cambiar',

    'tab.ledger': 'Registro',
    'tab.needs': 'Necesidades y ofertas',
    'tab.safe': 'Quién está bien',
    'tab.chat': 'Chat',
    'tab.mesh': 'Red',
    'tab.operator': 'Operador',

    'ledger.title': 'Lo que hicimos unos por otros',
    'period.today': 'Hoy',
    'period.week': 'Esta semana',
    'period.all': 'Todo',
    'totals.none': 'Aún no hay nada registrado.',
    'totals.entries': '{count, plural, one {# registro} other {# registros}}',
    'entry.title': 'Registrar algo',
    'entry.what': 'Qué',
    'entry.kind.contribution': 'Yo / nosotros hicimos algo',
    'entry.kind.need': 'Alguien necesita algo',
    'entry.kind.offer': 'Alguien ofrece algo',
    'entry.kind.credit': 'Dar créditos de participación',
    'entry.kind.resource': 'Un recurso compartido (nómbralo en la nota)',
    'entry.category': 'Categoría',
    'entry.howMuch': 'Cuánto',
    'entry.unit': 'Unidad',
    'entry.who': 'Quién',
    'entry.toWhom': 'A quién',
    'entry.availability': 'Disponibilidad',
    'entry.note': 'Nota',
    'entry.record': 'Registrar',
    'balances.title': 'Créditos de participación',
    'balances.none': 'Aún no se han movido créditos.',
    'feed.title': 'Lo último',
    'feed.none': 'Aún nada.',

    'cat.meals': 'Comidas',
    'cat.childcare': 'Cuidado de niños',
    'cat.transport': 'Transporte',
    'cat.medical': 'Ayuda médica',
    'cat.power': 'Electricidad / carga',
    'cat.shelter': 'Alojamiento',
    'cat.repair': 'Reparaciones',
    'cat.water': 'Agua',
    'cat.supplies': 'Suministros',
    'cat.other': 'Otro',

    'unit.portions': '{count, plural, one {# ración} other {# raciones}}',
    'unit.hours': '{count, plural, one {# hora} other {# horas}}',
    'unit.trips': '{count, plural, one {# viaje} other {# viajes}}',
    'unit.kwh': '{count} kWh',
    'unit.litres': '{count, plural, one {# litro} other {# litros}}',
    'unit.items': '{count, plural, one {# artículo} other {# artículos}}',
    'unit.nights': '{count, plural, one {# noche} other {# noches}}',
    'unit.people': '{count, plural, one {# persona} other {# personas}}',
    'unit.credits': '{count, plural, one {# crédito} other {# créditos}}',
    'unitName.portions': 'raciones',
    'unitName.hours': 'horas',
    'unitName.trips': 'viajes',
    'unitName.kwh': 'kWh',
    'unitName.litres': 'litros',
    'unitName.items': 'artículos',
    'unitName.nights': 'noches',
    'unitName.people': 'personas',
    'unitName.credits': 'créditos',

    'avail.available': 'disponible',
    'avail.in_use': 'en uso',
    'avail.unavailable': 'no disponible',

    'text.contribution': '{member}: {category}, {amount}',
    'text.need': '{member} necesita {category}: {amount}',
    'text.offer': '{member} ofrece {category}: {amount}',
    'text.credit': '{member} dio {amount} a {to}',
    'text.resource': '{what}: {availability} ({member})',
    'text.withdrew': '{member} retiró: {what}',
    'text.corrected': '{member} corrigió: {now}, no {before}',
    'text.correctedNote': '{member} corrigió la nota: {note}',
    'text.correctedEarlier': '{member} corrigió un registro anterior',
    'text.checkIn.safe': '{member} avisó: estamos bien',
    'text.checkIn.need_help': '{member} avisó: necesitamos ayuda',
    'text.response.taken': '{member} puede ayudar con: {what}',
    'text.response.done': '{member} lo marcó como hecho: {what}',
    'text.response.still_open': '{member} dice que sigue abierto: {what}',
    'text.somethingElse': 'un registro que esta versión no sabe mostrar',
    'text.anEntry': 'un registro anterior',

    'mine.correct': 'Corregir',
    'mine.withdraw': 'Retirar',
    'mine.withdrawConfirm': '¿Retirar «{what}»? Todos verán que se retiró.',
    'mine.saveCorrection': 'Guardar corrección',
    'mine.cancel': 'Cancelar',

    'needs.title': 'Necesidades y ofertas',
    'needs.open': 'Abiertas',
    'needs.closed': 'Cerradas estos días',
    'needs.none': 'Nada abierto.',
    'needs.noneClosed': 'Nada cerrado últimamente.',
    'needs.formTitle': 'Pedir u ofrecer',
    'needs.kindNeed': 'Yo / nosotros necesitamos',
    'needs.kindOffer': 'Yo / nosotros podemos ofrecer',
    'needs.post': 'Publicar',
    'status.open': 'abierta',
    'status.taken': 'la atiende {names}',
    'status.done': 'hecho ({name})',
    'status.withdrawn': 'retirada',
    'status.expired': 'cerrada: 3 días sin noticias',
    'needs.askStill': 'Un día sin noticias. ¿Sigue haciendo falta?',
    'needs.help': 'Puedo ayudar',
    'needs.done': 'Hecho',
    'needs.stillOpen': 'Sigue haciendo falta',
    'needs.since': 'desde {time}',

    'safe.title': 'Quién está bien',
    'safe.since.alert': 'Desde la alerta «{headline}» ({time})',
    'safe.since.operator': 'Desde {time} (lo fijó el operador)',
    'safe.since.day': 'En las últimas 24 horas',
    'safe.since.asked': 'Desde {time}',
    'safe.counts': '{safe, plural, one {# hogar está bien} other {# hogares están bien}} · {help, plural, one {# pide ayuda} other {# piden ayuda}}',
    'safe.askedHelp': 'Pidieron ayuda (primero quien pidió antes)',
    'safe.safeList': 'Están bien',
    'safe.none': 'Aún no ha avisado ningún hogar.',
    'safe.formTitle': 'Avisar',
    'safe.household': 'Hogar',
    'safe.weAreSafe': 'Estamos bien',
    'safe.weNeedHelp': 'Necesitamos ayuda',
    'safe.note': 'Unas palabras (opcional)',
    'safe.thanks': 'Aviso enviado. Todas las pasarelas del barrio lo verán.',
    'safe.operatorSince': 'Contar avisos desde',
    'safe.operatorSet': 'Fijar',
    'safe.operatorClear': 'Desde la última alerta',

    'chat.title': 'Chat del canal',
    'chat.message': 'Mensaje',
    'chat.send': 'Enviar',
    'chat.state.queued': 'esperando a la radio',
    'chat.state.sent': 'enviado',
    'chat.state.acked': 'oído en la red ✓',
    'chat.state.failed': 'no entregado',
    'chat.as': 'Se envía como {name}',
    'chat.none': 'Aún no hay mensajes.',

    'mesh.title': 'La red',
    'mesh.radio':
      'Radio: {state} · {queue, plural, one {# paquete en espera} other {# paquetes en espera}} · tiempo de aire {used} de {budget} s esta hora · {lag, plural, one {# registro por recibir} other {# registros por recibir}}',
    'mesh.legend.self': 'esta pasarela',
    'mesh.legend.gateway': 'otra pasarela',
    'mesh.legend.node': 'una radio',
    'mesh.legend.link': 'se oye directamente',
    'mesh.graph': 'Nodos de la red alrededor de esta pasarela',
    'mesh.node': 'Nodo',
    'mesh.heard': 'Oído por última vez',
    'mesh.snr': 'SNR',
    'mesh.hops': 'Saltos',
    'mesh.battery': 'Batería',
    'mesh.thisGateway': '(esta pasarela)',
    'mesh.gateway': '(pasarela)',
    'mesh.direct': 'directo',
    'mesh.none': 'Aún no se ha oído ninguna radio.',
    'mesh.noPosition': '{count, plural, one {# radio no tiene posición y no está en el mapa.} other {# radios no tienen posición y no están en el mapa.}}',
    'mesh.map': 'Mapa de las radios alrededor de esta pasarela',

    'op.title': 'Operador',
    'op.password': 'Contraseña de operador',
    'op.login': 'Entrar',
    'op.raise': 'Dar una alerta',
    'op.update': 'Actualizar la alerta',
    'op.headline': 'Titular',
    'op.event': 'Suceso',
    'op.eventPlaceholder': 'Inundación, fuga de gas, agua…',
    'op.instruction': 'Instrucción',
    'op.area': 'Zona',
    'op.severity': 'Gravedad',
    'op.reach': 'Alcance',
    'op.reachFederated': 'Todos los barrios federados',
    'op.reachLocal': 'Solo esta red',
    'op.lasts': 'Dura (minutos)',
    'op.send': 'Enviar la alerta a la red',
    'op.sendUpdate': 'Enviar la actualización',
    'op.cancelUpdate': 'Volver a una alerta nueva',
    'op.yours': 'Tus alertas en vigor',
    'op.updateButton': 'Actualizar',
    'op.cancelButton': 'Fin de la alerta',
    'op.join': 'Que se unan los vecinos',
    'op.joinExplain': 'Los vecinos escanean este código con la cámara del teléfono, o escriben estas palabras cuando la página las pide:',
    'op.joinQr': 'Código QR con el enlace a esta página y las palabras secretas del barrio',
    'op.identity': 'Empezar una identidad nueva',
    'op.identityExplain':
      'Esta pasarela perdió su registro y espera a que una pasarela vecina le devuelva sus entradas. Si no se puede llegar a ninguna, puede escribir con una identidad nueva: sus entradas anteriores quedan como están con la identidad antigua, y lo que registre desde ahora, empezando por lo que espera, es una cadena nueva. No se puede deshacer, y el archivo de la clave cambia: vuelve a hacer una copia.',
    'op.identityConfirm': 'Lo entiendo: empezar una identidad nueva ahora',
    'op.identityStart': 'Empezar una identidad nueva',
    'op.identityDone': 'Hecho: esta pasarela escribe ahora como {id}. Vuelve a copiar {keyFile}.',
    'op.none': 'No tienes ninguna alerta en vigor.',

    'sev.extreme': 'Extrema',
    'sev.severe': 'Grave',
    'sev.moderate': 'Moderada',
    'sev.minor': 'Menor',
    'sev.unknown': 'Alerta',
    'alert.kicker': '{severity} · {event} · de {from}',
    'alert.area': 'Zona: {area}',
    'alert.until': 'hasta las {time}',
    'alert.ackedBy': 'confirmada por {names}',
    'alert.ackedByNone': 'ninguna pasarela la ha confirmado aún',
    'alert.allClear': 'Fin de la alerta: {headline}',
    'alert.allClearFrom': 'de {from} a las {time}',
    'alert.past': 'Alertas pasadas',
    'alert.pastNone': 'No hay alertas pasadas.',
    'alert.ended.cancel': 'terminó a las {time}',
    'alert.ended.expired': 'expiró {time}',
    'alert.ended.superseded': 'actualizada',

    'form.sending': 'Enviando…',
    'form.done': 'Hecho.',
    'form.kept': 'Guardado. Esta pasarela está comprobando su registro con las vecinas y lo anotará en cuanto termine.',
    'form.waiting': 'La pasarela está fuera de alcance. Queda guardado en este teléfono y se envía solo cuando vuelva.',
    'form.notSent': 'No enviado: {reason}',
    'outbox.title': 'Pendiente de enviar',
    'outbox.count': '{count, plural, one {# cosa espera en este teléfono a la pasarela} other {# cosas esperan en este teléfono a la pasarela}}',
    'outbox.item': 'esperando',
    'outbox.sent': 'enviado',

    'secret.title': 'Las palabras del barrio',
    'secret.explain': 'Este barrio pide sus palabras secretas antes de registrar nada. Están en el código QR de la pasarela, o pídeselas al operador.',
    'secret.words': 'Palabras secretas',
    'secret.ok': 'Continuar',
    'secret.cancel': 'Ahora no',
    'secret.wrong': 'Esas palabras no son correctas. Compruébalas con el operador.',

    'bytes.count': '{bytes} / {max} bytes',
    'bytes.over': 'Sobran {over} bytes: las letras con tilde ocupan 2 bytes, los emoji 4.',

    'field.member': 'El nombre',
    'field.household': 'El hogar',
    'field.note': 'La nota',
    'field.text': 'El mensaje',
    'field.name': 'Tu nombre',
    'field.toMember': 'Quien recibe',
    'field.quantity': 'La cantidad',
    'field.headline': 'El titular',
    'field.instruction': 'La instrucción',
    'field.area': 'La zona',
    'field.event': 'El suceso',
    'field.password': 'La contraseña',
    'field.other': 'Un campo',
    'err.maxLength': '{field} es demasiado largo: como mucho {limit} letras.',
    'err.minLength': '{field} está vacío.',
    'err.required': 'Falta {field}.',
    'err.pattern': '{field} no puede llevar «@» ni «:», ni empezar con un espacio.',
    'err.maximum': '{field} es demasiado grande: como mucho {limit}.',
    'err.minimum': '{field} es demasiado pequeño: al menos {limit}.',
    'err.invalid': '{field} no es válido.',
    'err.network': 'no se puede llegar a la pasarela.',
    'err.busy': 'la radio está ocupada. Inténtalo de nuevo en un minuto.',
    'err.tooMany': 'demasiados envíos a la vez. Inténtalo de nuevo en un minuto.',
    'err.secret': 'este barrio pide sus palabras secretas.',
    'err.password': 'contraseña de operador incorrecta.',
    'err.notFound': 'ese registro no existe (o ya no existe).',
    'err.server': 'la pasarela tuvo un problema ({code}).',

    'time.never': 'nunca',
    'time.seconds': 'hace {count} s',
    'time.minutes': 'hace {count} min',
    'time.hours': 'hace {count} h',
    'time.days': '{count, plural, one {hace # día} other {hace # días}}',

    'recovery.notice':
      'Esta pasarela está recuperando su registro de las pasarelas vecinas (desde las {time}). Lo que registres ahora se guarda y se añadirá cuando termine. {held, plural, =0 {} one {# espera a ser registrado.} other {# esperan a ser registrados.}} Si no hay ninguna pasarela vecina al alcance, espera hasta que la haya.',
    'recovery.noPeers':
      'Ninguna pasarela vecina ha respondido en {minutes} minutos. Sigue esperando; un operador puede en cambio empezar una identidad nueva (pestaña Operador).',
  },
};

export const LANGUAGES = { en: 'English', es: 'Español' };
const STORAGE_KEY = 'meshloom-lang';

let current = 'en';

/** The language this phone asked for before, else the first of the browser's languages we speak, else English. */
export function chooseLanguage(stored = localStorage.getItem(STORAGE_KEY), wanted = navigator.languages ?? [navigator.language]) {
  if (stored && MESSAGES[stored]) return stored;
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (MESSAGES[base]) return base;
  }
  return 'en';
}

export function setLanguage(lang, remember = false) {
  current = MESSAGES[lang] ? lang : 'en';
  if (remember) localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current;
}

export const language = () => current;

/**
 * A message with its {placeholders} filled. Supports the ICU forms the dictionaries use: {name},
 * {count, plural, =0 {…} one {…} other {…}} with # for the number, formatted in the language.
 */
export function t(key, vars = {}) {
  const template = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return format(template, vars, current);
}

export function format(template, vars, lang) {
  const rules = new Intl.PluralRules(lang);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matching(template, open);
    out += placeholder(template.slice(open + 1, close), vars, lang, rules);
    i = close + 1;
  }
  return out;
}

function matching(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}

function placeholder(body, vars, lang, rules) {
  const [name, type] = body.split(',').map((part) => part.trim());
  const value = vars[name];
  if (type !== 'plural') return typeof value === 'number' ? number(value, lang) : String(value ?? '');
  const options = {};
  const rest = body.slice(body.indexOf('plural') + 'plural'.length).replace(/^\s*,/, '');
  let i = 0;
  while (i < rest.length) {
    const open = rest.indexOf('{', i);
    if (open === -1) break;
    const selector = rest.slice(i, open).trim();
    const close = matching(rest, open);
    options[selector] = rest.slice(open + 1, close);
    i = close + 1;
  }
  const chosen = options[`=${value}`] ?? options[rules.select(value)] ?? options.other ?? '';
  return format(chosen.replaceAll('#', number(value, lang)), {}, lang);
}

/** The browser's own locale when it speaks the page's language (en-GB keeps its 24-hour clock), else the language. */
function locale() {
  const own = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return own.find((tag) => tag.toLowerCase().split('-')[0] === current) ?? current;
}

export const number = (value, lang = current) => new Intl.NumberFormat(lang === current ? locale() : lang, { maximumFractionDigits: 1 }).format(value);

export const clock = (iso) => (iso ? new Date(iso).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' }) : '');

/** A time as "14:05" today and "Mon 14:05" (in the language) on another day. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? clock(iso) : date.toLocaleString(locale(), { weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function ago(iso) {
  if (!iso) return t('time.never');
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 60) return t('time.seconds', { count: Math.round(s) });
  if (s < 3600) return t('time.minutes', { count: Math.round(s / 60) });
  if (s < 86_400) return t('time.hours', { count: Math.round(s / 3600) });
  return t('time.days', { count: Math.floor(s / 86_400) });
}

/** Fills the page's fixed text: data-i18n for text, data-i18n-placeholder / -aria-label / -alt for attributes. */
export function translateStatic(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const attr of ['placeholder', 'aria-label', 'alt', 'title']) {
    for (const node of root.querySelectorAll(`[data-i18n-${attr}]`)) node.setAttribute(attr, t(node.getAttribute(`data-i18n-${attr}`)));
  }
}
