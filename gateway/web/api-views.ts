/**
 * The JSON the API serves: enum values as lower-case names, times as ISO strings, nodes as `!1234abcd`.
 * One place for it, so the page, the schemas and the tests agree.
 */
import type { Mesh } from '@meshtastic/protobufs';
import {
  AlertCategory,
  Availability,
  Category,
  Certainty,
  Kind,
  MsgType,
  ResponseType,
  Scope,
  Severity,
  Step,
  Unit,
  Urgency,
  Wellbeing,
} from '../../protocol/app/messages.ts';
import { splitSpeaker } from '../../protocol/app/chat-speaker.ts';
import { fromMinute } from '../../protocol/app/meshloom-time.ts';
import type { StoredAlert } from '../../protocol/engine/engine-store.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import type { CheckIn, LedgerRow, NeedOrOffer, Response } from '../../store/ledger-views.ts';
import type { ChatMessage } from '../../store/message-log.ts';
import type { NodeNames } from './web-deps.ts';

type EnumTable = Readonly<Record<string, number>>;

/** Names of an enum table, lower-case, with our proto prefixes and suffixes dropped ("SEVERITY_UNKNOWN" -> "unknown"). */
export function names(table: EnumTable): string[] {
  return Object.keys(table).map(nameOf);
}

function nameOf(key: string): string {
  return key
    .replace(/^(SEVERITY|URGENCY|CERTAINTY)_/, '')
    .replace(/_(CAT|RESPONSE)$/, '')
    .replace(/^RESPONSE_/, '')
    .toLowerCase();
}

export function enumName(table: EnumTable, value: number): string {
  const key = Object.keys(table).find((k) => table[k] === value);
  return key ? nameOf(key) : String(value);
}

export function enumValue(table: EnumTable, name: string): number | undefined {
  const key = Object.keys(table).find((k) => nameOf(k) === name);
  return key === undefined ? undefined : table[key];
}

export const ENUMS = {
  Kind,
  Category,
  Unit,
  Availability,
  Wellbeing,
  Step,
  MsgType,
  Scope,
  Severity,
  Urgency,
  Certainty,
  AlertCategory,
  ResponseType,
} as const;

/** A person as people write them: "Maria (Riverside)", the gateway by its neighbourhood name. */
function personName(member: string, author: number, labels: Map<number, string>): string {
  const label = labels.get(author);
  return label ? `${member} (${label})` : member;
}

export function entryJson(row: LedgerRow, labels: Map<number, string>) {
  const target = row.correctsSeq ? `${nodeId(row.correctsAuthor)}/${row.correctsSeq}` : '';
  return {
    id: `${nodeId(row.author)}/${row.seq}`,
    author: nodeId(row.author),
    authorLabel: labels.get(row.author) ?? '',
    seq: row.seq,
    at: new Date(fromMinute(row.minute)).toISOString(),
    kind: enumName(Kind, row.kind),
    category: enumName(Category, row.category),
    quantity: row.quantity,
    unit: enumName(Unit, row.unit),
    member: row.member,
    note: row.note,
    toMember: row.toMember,
    corrects: row.kind === Kind.CORRECTION ? target : '',
    /** For a response: the need or offer it is news of. */
    about: row.kind === Kind.RESPONSE ? target : '',
    void: row.void,
    availability: enumName(Availability, row.availability),
    wellbeing: enumName(Wellbeing, row.wellbeing),
    step: enumName(Step, row.step),
  };
}

const responseJson = (r: Response, labels: Map<number, string>) => ({
  id: `${nodeId(r.author)}/${r.seq}`,
  name: personName(r.member, r.author, labels),
  at: new Date(fromMinute(r.minute)).toISOString(),
});

export function needJson(row: NeedOrOffer, labels: Map<number, string>) {
  return {
    ...entryJson(row, labels),
    name: personName(row.member, row.author, labels),
    status: row.status,
    takenBy: row.takenBy.map((r) => responseJson(r, labels)),
    doneBy: row.doneBy ? responseJson(row.doneBy, labels) : null,
    newsAt: new Date(fromMinute(row.newsMinute)).toISOString(),
    askStill: row.askStill,
  };
}

export function checkInJson(row: CheckIn, labels: Map<number, string>) {
  return {
    id: `${nodeId(row.author)}/${row.seq}`,
    household: row.member,
    name: personName(row.member, row.author, labels),
    status: enumName(Wellbeing, row.wellbeing),
    note: row.note,
    at: new Date(fromMinute(row.minute)).toISOString(),
  };
}

export function alertJson(alert: StoredAlert, nowMs: number, labels: Map<number, string>, ackers: number[]) {
  const b = alert.body;
  const expiresMs = fromMinute(b.expiresMinute);
  return {
    id: `${nodeId(alert.author)}/${b.id}`,
    author: nodeId(alert.author),
    authorLabel: labels.get(alert.author) ?? '',
    number: b.id,
    msgType: enumName(MsgType, b.msgType),
    headline: b.headline,
    event: b.event,
    instruction: b.instruction,
    area: b.area,
    severity: enumName(Severity, b.severity),
    urgency: enumName(Urgency, b.urgency),
    certainty: enumName(Certainty, b.certainty),
    category: enumName(AlertCategory, b.category),
    response: enumName(ResponseType, b.response),
    references: b.references.map((r) => `${nodeId(alert.author)}/${r}`),
    sentAt: new Date(fromMinute(b.sentMinute)).toISOString(),
    expiresAt: new Date(expiresMs).toISOString(),
    active: !alert.superseded && b.msgType !== MsgType.CANCEL && expiresMs > nowMs,
    superseded: alert.superseded,
    ackedBy: ackers.map(nodeId),
    /** The same gateways by their neighbourhood names, for people. */
    ackedByNames: ackers.map((acker) => labels.get(acker) || nodeId(acker)),
  };
}

export function nodeJson(info: Mesh.NodeInfo, rssiDbm: number | undefined, labels: ReadonlyMap<number, string>, self: number | undefined) {
  const position = info.position;
  return {
    id: nodeId(info.num),
    longName: labels.get(info.num) || info.user?.longName || '',
    shortName: info.user?.shortName ?? '',
    lastHeard: info.lastHeard ? new Date(info.lastHeard * 1000).toISOString() : null,
    snr: info.snr || null,
    rssi: rssiDbm ?? null,
    hops: info.hopsAway ?? null,
    battery: info.deviceMetrics?.batteryLevel ?? null,
    latitude: position?.latitudeI ? position.latitudeI / 1e7 : null,
    longitude: position?.longitudeI ? position.longitudeI / 1e7 : null,
    isGateway: labels.has(info.num),
    isSelf: info.num === self,
  };
}

export function messageJson(message: ChatMessage, names: NodeNames) {
  const node = names.name(message.from) ?? nodeId(message.from);
  const spoken = names.isGateway(message.from) ? splitSpeaker(message.text) : undefined;
  return {
    id: message.id,
    from: nodeId(message.from),
    fromName: spoken ? `${spoken.name} (${node})` : node,
    text: spoken?.text ?? message.text,
    at: new Date(message.atMs).toISOString(),
    own: message.own,
    state: message.state ?? null,
  };
}
