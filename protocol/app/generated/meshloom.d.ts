import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace meshloom. */
export namespace meshloom {

    /** Kind enum. */
    enum Kind {

        /** CONTRIBUTION value */
        CONTRIBUTION = 0,

        /** NEED value */
        NEED = 1,

        /** OFFER value */
        OFFER = 2,

        /** CREDIT value */
        CREDIT = 3,

        /** RESOURCE value */
        RESOURCE = 4,

        /** CORRECTION value */
        CORRECTION = 5,

        /** CHECK_IN value */
        CHECK_IN = 6,

        /** RESPONSE value */
        RESPONSE = 7
    }

    /** Category enum. */
    enum Category {

        /** OTHER value */
        OTHER = 0,

        /** MEALS value */
        MEALS = 1,

        /** CHILDCARE value */
        CHILDCARE = 2,

        /** TRANSPORT value */
        TRANSPORT = 3,

        /** MEDICAL value */
        MEDICAL = 4,

        /** POWER value */
        POWER = 5,

        /** SHELTER value */
        SHELTER = 6,

        /** REPAIR value */
        REPAIR = 7,

        /** WATER value */
        WATER = 8,

        /** SUPPLIES value */
        SUPPLIES = 9
    }

    /** Unit enum. */
    enum Unit {

        /** CATEGORY_DEFAULT value */
        CATEGORY_DEFAULT = 0,

        /** PORTIONS value */
        PORTIONS = 1,

        /** HOURS value */
        HOURS = 2,

        /** TRIPS value */
        TRIPS = 3,

        /** KWH value */
        KWH = 4,

        /** LITRES value */
        LITRES = 5,

        /** ITEMS value */
        ITEMS = 6,

        /** NIGHTS value */
        NIGHTS = 7,

        /** PEOPLE value */
        PEOPLE = 8,

        /** CREDITS value */
        CREDITS = 9
    }

    /** Availability enum. */
    enum Availability {

        /** AVAILABLE value */
        AVAILABLE = 0,

        /** IN_USE value */
        IN_USE = 1,

        /** UNAVAILABLE value */
        UNAVAILABLE = 2
    }

    /** Wellbeing enum. */
    enum Wellbeing {

        /** SAFE value */
        SAFE = 0,

        /** NEED_HELP value */
        NEED_HELP = 1
    }

    /** Step enum. */
    enum Step {

        /** TAKEN value */
        TAKEN = 0,

        /** DONE value */
        DONE = 1,

        /** STILL_OPEN value */
        STILL_OPEN = 2
    }

    /**
     * Properties of an Entry.
     * @deprecated Use meshloom.Entry.$Properties instead.
     */
    interface IEntry extends meshloom.Entry.$Properties {
    }

    /** Represents an Entry. */
    class Entry {

        /**
         * Constructs a new Entry.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Entry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Entry minute. */
        minute: number;

        /** Entry category. */
        category: meshloom.Category;

        /** Entry tenths. */
        tenths: number;

        /** Entry member. */
        member: string;

        /** Entry note. */
        note: string;

        /** Entry kind. */
        kind: meshloom.Kind;

        /** Entry unit. */
        unit: meshloom.Unit;

        /** Entry toMember. */
        toMember: string;

        /** Entry refAuthor. */
        refAuthor: number;

        /** Entry refSeq. */
        refSeq: number;

        /** Entry void. */
        void: boolean;

        /** Entry availability. */
        availability: meshloom.Availability;

        /** Entry wellbeing. */
        wellbeing: meshloom.Wellbeing;

        /** Entry step. */
        step: meshloom.Step;

        /**
         * Creates a new Entry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Entry instance
         */
        static create(properties: meshloom.Entry.$Shape): meshloom.Entry & meshloom.Entry.$Shape;
        static create(properties?: meshloom.Entry.$Properties): meshloom.Entry;

        /**
         * Encodes the specified Entry message. Does not implicitly {@link meshloom.Entry.verify|verify} messages.
         * @param message Entry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Entry & meshloom.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Entry & meshloom.Entry.$Shape;

        /**
         * Gets the type url for Entry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Entry {

        /** Properties of an Entry. */
        interface $Properties {

            /** Entry minute */
            minute?: (number|null);

            /** Entry category */
            category?: (meshloom.Category|null);

            /** Entry tenths */
            tenths?: (number|null);

            /** Entry member */
            member?: (string|null);

            /** Entry note */
            note?: (string|null);

            /** Entry kind */
            kind?: (meshloom.Kind|null);

            /** Entry unit */
            unit?: (meshloom.Unit|null);

            /** Entry toMember */
            toMember?: (string|null);

            /** Entry refAuthor */
            refAuthor?: (number|null);

            /** Entry refSeq */
            refSeq?: (number|null);

            /** Entry void */
            "void"?: (boolean|null);

            /** Entry availability */
            availability?: (meshloom.Availability|null);

            /** Entry wellbeing */
            wellbeing?: (meshloom.Wellbeing|null);

            /** Entry step */
            step?: (meshloom.Step|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Entry. */
        type $Shape = meshloom.Entry.$Properties;
    }

    /**
     * Properties of an Entries.
     * @deprecated Use meshloom.Entries.$Properties instead.
     */
    interface IEntries extends meshloom.Entries.$Properties {
    }

    /** Represents an Entries. */
    class Entries {

        /**
         * Constructs a new Entries.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Entries.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Entries seq. */
        seq: number;

        /** Entries entry. */
        entry: meshloom.Entry.$Properties[];

        /** Entries author. */
        author: number;

        /**
         * Creates a new Entries instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Entries instance
         */
        static create(properties: meshloom.Entries.$Shape): meshloom.Entries & meshloom.Entries.$Shape;
        static create(properties?: meshloom.Entries.$Properties): meshloom.Entries;

        /**
         * Encodes the specified Entries message. Does not implicitly {@link meshloom.Entries.verify|verify} messages.
         * @param message Entries message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Entries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Entries message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Entries & meshloom.Entries.$Shape} Entries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Entries & meshloom.Entries.$Shape;

        /**
         * Gets the type url for Entries
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Entries {

        /** Properties of an Entries. */
        interface $Properties {

            /** Entries seq */
            seq?: (number|null);

            /** Entries entry */
            entry?: (meshloom.Entry.$Properties[]|null);

            /** Entries author */
            author?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Entries. */
        type $Shape = meshloom.Entries.$Properties;
    }

    /**
     * Properties of an Announce.
     * @deprecated Use meshloom.Announce.$Properties instead.
     */
    interface IAnnounce extends meshloom.Announce.$Properties {
    }

    /** Represents an Announce. */
    class Announce {

        /**
         * Constructs a new Announce.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Announce.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Announce publicKey. */
        publicKey: Uint8Array;

        /** Announce label. */
        label: string;

        /** Announce latestSeq. */
        latestSeq: number;

        /** Announce author. */
        author: number;

        /**
         * Creates a new Announce instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Announce instance
         */
        static create(properties: meshloom.Announce.$Shape): meshloom.Announce & meshloom.Announce.$Shape;
        static create(properties?: meshloom.Announce.$Properties): meshloom.Announce;

        /**
         * Encodes the specified Announce message. Does not implicitly {@link meshloom.Announce.verify|verify} messages.
         * @param message Announce message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Announce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Announce message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Announce & meshloom.Announce.$Shape} Announce
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Announce & meshloom.Announce.$Shape;

        /**
         * Gets the type url for Announce
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Announce {

        /** Properties of an Announce. */
        interface $Properties {

            /** Announce publicKey */
            publicKey?: (Uint8Array|null);

            /** Announce label */
            label?: (string|null);

            /** Announce latestSeq */
            latestSeq?: (number|null);

            /** Announce author */
            author?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Announce. */
        type $Shape = meshloom.Announce.$Properties;
    }

    /** MsgType enum. */
    enum MsgType {

        /** ALERT value */
        ALERT = 0,

        /** UPDATE value */
        UPDATE = 1,

        /** CANCEL value */
        CANCEL = 2
    }

    /** Scope enum. */
    enum Scope {

        /** FEDERATED value */
        FEDERATED = 0,

        /** LOCAL value */
        LOCAL = 1
    }

    /** Severity enum. */
    enum Severity {

        /** SEVERITY_UNKNOWN value */
        SEVERITY_UNKNOWN = 0,

        /** EXTREME value */
        EXTREME = 1,

        /** SEVERE value */
        SEVERE = 2,

        /** MODERATE value */
        MODERATE = 3,

        /** MINOR value */
        MINOR = 4
    }

    /** Urgency enum. */
    enum Urgency {

        /** URGENCY_UNKNOWN value */
        URGENCY_UNKNOWN = 0,

        /** IMMEDIATE value */
        IMMEDIATE = 1,

        /** EXPECTED value */
        EXPECTED = 2,

        /** FUTURE value */
        FUTURE = 3,

        /** PAST value */
        PAST = 4
    }

    /** Certainty enum. */
    enum Certainty {

        /** CERTAINTY_UNKNOWN value */
        CERTAINTY_UNKNOWN = 0,

        /** OBSERVED value */
        OBSERVED = 1,

        /** LIKELY value */
        LIKELY = 2,

        /** POSSIBLE value */
        POSSIBLE = 3,

        /** UNLIKELY value */
        UNLIKELY = 4
    }

    /** AlertCategory enum. */
    enum AlertCategory {

        /** SAFETY value */
        SAFETY = 0,

        /** GEO value */
        GEO = 1,

        /** MET value */
        MET = 2,

        /** SECURITY value */
        SECURITY = 3,

        /** RESCUE value */
        RESCUE = 4,

        /** FIRE value */
        FIRE = 5,

        /** HEALTH value */
        HEALTH = 6,

        /** ENV value */
        ENV = 7,

        /** TRANSPORT_CAT value */
        TRANSPORT_CAT = 8,

        /** INFRA value */
        INFRA = 9,

        /** CBRNE value */
        CBRNE = 10,

        /** OTHER_CAT value */
        OTHER_CAT = 11
    }

    /** ResponseType enum. */
    enum ResponseType {

        /** RESPONSE_NONE value */
        RESPONSE_NONE = 0,

        /** SHELTER_RESPONSE value */
        SHELTER_RESPONSE = 1,

        /** EVACUATE value */
        EVACUATE = 2,

        /** PREPARE value */
        PREPARE = 3,

        /** EXECUTE value */
        EXECUTE = 4,

        /** AVOID value */
        AVOID = 5,

        /** MONITOR value */
        MONITOR = 6,

        /** ASSESS value */
        ASSESS = 7,

        /** ALL_CLEAR value */
        ALL_CLEAR = 8
    }

    /**
     * Properties of a Circle.
     * @deprecated Use meshloom.Circle.$Properties instead.
     */
    interface ICircle extends meshloom.Circle.$Properties {
    }

    /** Represents a Circle. */
    class Circle {

        /**
         * Constructs a new Circle.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Circle.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Circle latitudeE5. */
        latitudeE5: number;

        /** Circle longitudeE5. */
        longitudeE5: number;

        /** Circle radiusM. */
        radiusM: number;

        /**
         * Creates a new Circle instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Circle instance
         */
        static create(properties: meshloom.Circle.$Shape): meshloom.Circle & meshloom.Circle.$Shape;
        static create(properties?: meshloom.Circle.$Properties): meshloom.Circle;

        /**
         * Encodes the specified Circle message. Does not implicitly {@link meshloom.Circle.verify|verify} messages.
         * @param message Circle message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Circle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Circle message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Circle & meshloom.Circle.$Shape} Circle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Circle & meshloom.Circle.$Shape;

        /**
         * Gets the type url for Circle
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Circle {

        /** Properties of a Circle. */
        interface $Properties {

            /** Circle latitudeE5 */
            latitudeE5?: (number|null);

            /** Circle longitudeE5 */
            longitudeE5?: (number|null);

            /** Circle radiusM */
            radiusM?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Circle. */
        type $Shape = meshloom.Circle.$Properties;
    }

    /**
     * Properties of an Alert.
     * @deprecated Use meshloom.Alert.$Properties instead.
     */
    interface IAlert extends meshloom.Alert.$Properties {
    }

    /** Represents an Alert. */
    class Alert {

        /**
         * Constructs a new Alert.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Alert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Alert id. */
        id: number;

        /** Alert sentMinute. */
        sentMinute: number;

        /** Alert expiresMinute. */
        expiresMinute: number;

        /** Alert headline. */
        headline: string;

        /** Alert event. */
        event: string;

        /** Alert instruction. */
        instruction: string;

        /** Alert area. */
        area: string;

        /** Alert severity. */
        severity: meshloom.Severity;

        /** Alert urgency. */
        urgency: meshloom.Urgency;

        /** Alert certainty. */
        certainty: meshloom.Certainty;

        /** Alert category. */
        category: meshloom.AlertCategory;

        /** Alert response. */
        response: meshloom.ResponseType;

        /** Alert msgType. */
        msgType: meshloom.MsgType;

        /** Alert references. */
        references: number[];

        /** Alert circle. */
        circle?: (meshloom.Circle.$Properties|null);

        /** Alert author. */
        author: number;

        /** Alert scope. */
        scope: meshloom.Scope;

        /**
         * Creates a new Alert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Alert instance
         */
        static create(properties: meshloom.Alert.$Shape): meshloom.Alert & meshloom.Alert.$Shape;
        static create(properties?: meshloom.Alert.$Properties): meshloom.Alert;

        /**
         * Encodes the specified Alert message. Does not implicitly {@link meshloom.Alert.verify|verify} messages.
         * @param message Alert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Alert & meshloom.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Alert & meshloom.Alert.$Shape;

        /**
         * Gets the type url for Alert
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Alert {

        /** Properties of an Alert. */
        interface $Properties {

            /** Alert id */
            id?: (number|null);

            /** Alert sentMinute */
            sentMinute?: (number|null);

            /** Alert expiresMinute */
            expiresMinute?: (number|null);

            /** Alert headline */
            headline?: (string|null);

            /** Alert event */
            event?: (string|null);

            /** Alert instruction */
            instruction?: (string|null);

            /** Alert area */
            area?: (string|null);

            /** Alert severity */
            severity?: (meshloom.Severity|null);

            /** Alert urgency */
            urgency?: (meshloom.Urgency|null);

            /** Alert certainty */
            certainty?: (meshloom.Certainty|null);

            /** Alert category */
            category?: (meshloom.AlertCategory|null);

            /** Alert response */
            response?: (meshloom.ResponseType|null);

            /** Alert msgType */
            msgType?: (meshloom.MsgType|null);

            /** Alert references */
            references?: (number[]|null);

            /** Alert circle */
            circle?: (meshloom.Circle.$Properties|null);

            /** Alert author */
            author?: (number|null);

            /** Alert scope */
            scope?: (meshloom.Scope|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Alert. */
        type $Shape = meshloom.Alert.$Properties;
    }

    /**
     * Properties of an AlertAck.
     * @deprecated Use meshloom.AlertAck.$Properties instead.
     */
    interface IAlertAck extends meshloom.AlertAck.$Properties {
    }

    /** Represents an AlertAck. */
    class AlertAck {

        /**
         * Constructs a new AlertAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.AlertAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertAck alertAuthor. */
        alertAuthor: number;

        /** AlertAck alertId. */
        alertId: number;

        /** AlertAck acker. */
        acker: number;

        /**
         * Creates a new AlertAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertAck instance
         */
        static create(properties: meshloom.AlertAck.$Shape): meshloom.AlertAck & meshloom.AlertAck.$Shape;
        static create(properties?: meshloom.AlertAck.$Properties): meshloom.AlertAck;

        /**
         * Encodes the specified AlertAck message. Does not implicitly {@link meshloom.AlertAck.verify|verify} messages.
         * @param message AlertAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.AlertAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.AlertAck & meshloom.AlertAck.$Shape} AlertAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.AlertAck & meshloom.AlertAck.$Shape;

        /**
         * Gets the type url for AlertAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AlertAck {

        /** Properties of an AlertAck. */
        interface $Properties {

            /** AlertAck alertAuthor */
            alertAuthor?: (number|null);

            /** AlertAck alertId */
            alertId?: (number|null);

            /** AlertAck acker */
            acker?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertAck. */
        type $Shape = meshloom.AlertAck.$Properties;
    }

    /**
     * Properties of a Digest.
     * @deprecated Use meshloom.Digest.$Properties instead.
     */
    interface IDigest extends meshloom.Digest.$Properties {
    }

    /** Represents a Digest. */
    class Digest {

        /**
         * Constructs a new Digest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Digest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Digest author. */
        author: number[];

        /** Digest latest. */
        latest: number[];

        /** Digest alertAuthor. */
        alertAuthor: number[];

        /** Digest alertId. */
        alertId: number[];

        /**
         * Creates a new Digest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Digest instance
         */
        static create(properties: meshloom.Digest.$Shape): meshloom.Digest & meshloom.Digest.$Shape;
        static create(properties?: meshloom.Digest.$Properties): meshloom.Digest;

        /**
         * Encodes the specified Digest message. Does not implicitly {@link meshloom.Digest.verify|verify} messages.
         * @param message Digest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Digest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Digest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Digest & meshloom.Digest.$Shape} Digest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Digest & meshloom.Digest.$Shape;

        /**
         * Gets the type url for Digest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Digest {

        /** Properties of a Digest. */
        interface $Properties {

            /** Digest author */
            author?: (number[]|null);

            /** Digest latest */
            latest?: (number[]|null);

            /** Digest alertAuthor */
            alertAuthor?: (number[]|null);

            /** Digest alertId */
            alertId?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Digest. */
        type $Shape = meshloom.Digest.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use meshloom.Request.$Properties instead.
     */
    interface IRequest extends meshloom.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request author. */
        author: number;

        /** Request fromSeq. */
        fromSeq: number;

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        static create(properties: meshloom.Request.$Shape): meshloom.Request & meshloom.Request.$Shape;
        static create(properties?: meshloom.Request.$Properties): meshloom.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link meshloom.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Request & meshloom.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Request & meshloom.Request.$Shape;

        /**
         * Gets the type url for Request
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request author */
            author?: (number|null);

            /** Request fromSeq */
            fromSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Request. */
        type $Shape = meshloom.Request.$Properties;
    }

    /**
     * Properties of a Fragment.
     * @deprecated Use meshloom.Fragment.$Properties instead.
     */
    interface IFragment extends meshloom.Fragment.$Properties {
    }

    /** Represents a Fragment. */
    class Fragment {

        /**
         * Constructs a new Fragment.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.Fragment.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Fragment messageId. */
        messageId: number;

        /** Fragment index. */
        index: number;

        /** Fragment count. */
        count: number;

        /** Fragment data. */
        data: Uint8Array;

        /**
         * Creates a new Fragment instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Fragment instance
         */
        static create(properties: meshloom.Fragment.$Shape): meshloom.Fragment & meshloom.Fragment.$Shape;
        static create(properties?: meshloom.Fragment.$Properties): meshloom.Fragment;

        /**
         * Encodes the specified Fragment message. Does not implicitly {@link meshloom.Fragment.verify|verify} messages.
         * @param message Fragment message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.Fragment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Fragment message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.Fragment & meshloom.Fragment.$Shape} Fragment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.Fragment & meshloom.Fragment.$Shape;

        /**
         * Gets the type url for Fragment
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Fragment {

        /** Properties of a Fragment. */
        interface $Properties {

            /** Fragment messageId */
            messageId?: (number|null);

            /** Fragment index */
            index?: (number|null);

            /** Fragment count */
            count?: (number|null);

            /** Fragment data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Fragment. */
        type $Shape = meshloom.Fragment.$Properties;
    }

    /**
     * Properties of a FederationFrame.
     * @deprecated Use meshloom.FederationFrame.$Properties instead.
     */
    interface IFederationFrame extends meshloom.FederationFrame.$Properties {
    }

    /** Represents a FederationFrame. */
    class FederationFrame {

        /**
         * Constructs a new FederationFrame.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshloom.FederationFrame.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FederationFrame from. */
        from: number;

        /** FederationFrame to. */
        to: number;

        /** FederationFrame payload. */
        payload: Uint8Array;

        /** FederationFrame publicKey. */
        publicKey: Uint8Array;

        /** FederationFrame signature. */
        signature: Uint8Array;

        /**
         * Creates a new FederationFrame instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FederationFrame instance
         */
        static create(properties: meshloom.FederationFrame.$Shape): meshloom.FederationFrame & meshloom.FederationFrame.$Shape;
        static create(properties?: meshloom.FederationFrame.$Properties): meshloom.FederationFrame;

        /**
         * Encodes the specified FederationFrame message. Does not implicitly {@link meshloom.FederationFrame.verify|verify} messages.
         * @param message FederationFrame message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshloom.FederationFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FederationFrame message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshloom.FederationFrame & meshloom.FederationFrame.$Shape} FederationFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshloom.FederationFrame & meshloom.FederationFrame.$Shape;

        /**
         * Gets the type url for FederationFrame
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FederationFrame {

        /** Properties of a FederationFrame. */
        interface $Properties {

            /** FederationFrame from */
            from?: (number|null);

            /** FederationFrame to */
            to?: (number|null);

            /** FederationFrame payload */
            payload?: (Uint8Array|null);

            /** FederationFrame publicKey */
            publicKey?: (Uint8Array|null);

            /** FederationFrame signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FederationFrame. */
        type $Shape = meshloom.FederationFrame.$Properties;
    }
}
