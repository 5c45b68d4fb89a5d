/**
 * meshloom's own sync between gateways over MQTT: the engine again, on a "federation" link with IP-sized
 * batches and no airtime budget. Each gateway publishes signed frames on its own topic and reads everyone's;
 * frames from keys off the trust list, forged ones and ones whose key is not the one pinned for their sender
 * are dropped and counted.
 */
import { encodeFrame, keyMatches, openFrame } from '../../protocol/app/federation-frame.ts';
import type { KeyPair } from '../../protocol/app/signatures.ts';
import { IP_LINK_ENGINE } from '../../protocol/engine/link-profiles.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import type { Gateway } from '../service/gateway.ts';
import { federationTopics, type FederationOptions, FEDERATION_ROOT } from './federation-options.ts';
import type { MqttConnection } from './mqtt-connection.ts';

const FEDERATION_LINK = 'federation';

export class MeshloomFederation {
  readonly counters = { framesOut: 0, framesIn: 0, untrusted: 0, forged: 0, malformed: 0, keyMismatch: 0 };
  private readonly trusted: Set<string>;
  private topics: { own: string; all: string } | undefined;

  constructor(
    private readonly gateway: Gateway,
    private readonly connection: MqttConnection,
    private readonly keys: KeyPair,
    private readonly options: FederationOptions,
    private readonly log: (line: string) => void,
  ) {
    this.trusted = new Set(options.trustedKeys);
    // A gateway always trusts itself (its own frames come back from the broker and are skipped by topic).
    this.trusted.add(Buffer.from(keys.publicKey).toString('hex'));
  }

  /** The topic filter to subscribe to. */
  static subscription(options: FederationOptions): string {
    return federationTopics(options, '+').all;
  }

  /** Start once the radio has said which node this gateway is. */
  start(nodeNum: number): void {
    this.topics = federationTopics(this.options, nodeId(nodeNum));
    // A broker that lost our session (restarted without persistence) dropped what was published to us while we
    // were away: as soon as we listen again, tell the peers where we stand, and whoever is ahead answers.
    this.connection.on('listening', () => this.gateway.linkRejoined(FEDERATION_LINK));
    this.gateway.attachLink({
      name: FEDERATION_LINK,
      engine: IP_LINK_ENGINE,
      send: (packet) => {
        if (!this.topics) return;
        this.counters.framesOut++;
        this.connection.publish(this.topics.own, encodeFrame(this.options.federation, this.keys, nodeNum, packet.to, packet.payload));
      },
    });
  }

  /** A message on one of the federation's topics; anything else is not ours. */
  handles(topic: string): boolean {
    return topic.startsWith(`${FEDERATION_ROOT}/${this.options.federation}/`);
  }

  onMessage(topic: string, payload: Uint8Array): void {
    if (!this.topics || topic === this.topics.own) return;
    const verdict = openFrame(this.options.federation, this.trusted, payload);
    if (!verdict.ok) {
      this.counters[verdict.reason]++;
      this.gateway.store.bumpCounter(`federation_${verdict.reason}`);
      this.log(`federation: ignored a frame on ${topic}: ${verdict.detail}`);
      return;
    }
    const { frame } = verdict;
    if (!keyMatches(this.gateway.store.getAuthor(frame.from)?.publicKey, frame)) {
      this.counters.keyMismatch++;
      this.gateway.store.bumpCounter('federation_key_mismatch');
      this.log(`federation: frame from !${frame.from.toString(16)} signed with a key other than the one pinned for it; ignored`);
      return;
    }
    this.counters.framesIn++;
    this.gateway.receiveOnLink(FEDERATION_LINK, {
      from: frame.from,
      to: frame.to,
      portnum: this.gateway.linkEngine(FEDERATION_LINK)?.portnum ?? 0,
      payload: frame.payload,
    });
  }
}
