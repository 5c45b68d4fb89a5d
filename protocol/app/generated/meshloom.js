/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const meshloom = $root.meshloom = (() => {

    /**
     * Namespace meshloom.
     * @exports meshloom
     * @namespace
     */
    const meshloom = {};

    /**
     * Kind enum.
     * @name meshloom.Kind
     * @enum {number}
     * @property {number} CONTRIBUTION=0 CONTRIBUTION value
     * @property {number} NEED=1 NEED value
     * @property {number} OFFER=2 OFFER value
     * @property {number} CREDIT=3 CREDIT value
     * @property {number} RESOURCE=4 RESOURCE value
     * @property {number} CORRECTION=5 CORRECTION value
     * @property {number} CHECK_IN=6 CHECK_IN value
     * @property {number} RESPONSE=7 RESPONSE value
     */
    meshloom.Kind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CONTRIBUTION"] = 0;
        values[valuesById[1] = "NEED"] = 1;
        values[valuesById[2] = "OFFER"] = 2;
        values[valuesById[3] = "CREDIT"] = 3;
        values[valuesById[4] = "RESOURCE"] = 4;
        values[valuesById[5] = "CORRECTION"] = 5;
        values[valuesById[6] = "CHECK_IN"] = 6;
        values[valuesById[7] = "RESPONSE"] = 7;
        return values;
    })();

    /**
     * Category enum.
     * @name meshloom.Category
     * @enum {number}
     * @property {number} OTHER=0 OTHER value
     * @property {number} MEALS=1 MEALS value
     * @property {number} CHILDCARE=2 CHILDCARE value
     * @property {number} TRANSPORT=3 TRANSPORT value
     * @property {number} MEDICAL=4 MEDICAL value
     * @property {number} POWER=5 POWER value
     * @property {number} SHELTER=6 SHELTER value
     * @property {number} REPAIR=7 REPAIR value
     * @property {number} WATER=8 WATER value
     * @property {number} SUPPLIES=9 SUPPLIES value
     */
    meshloom.Category = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OTHER"] = 0;
        values[valuesById[1] = "MEALS"] = 1;
        values[valuesById[2] = "CHILDCARE"] = 2;
        values[valuesById[3] = "TRANSPORT"] = 3;
        values[valuesById[4] = "MEDICAL"] = 4;
        values[valuesById[5] = "POWER"] = 5;
        values[valuesById[6] = "SHELTER"] = 6;
        values[valuesById[7] = "REPAIR"] = 7;
        values[valuesById[8] = "WATER"] = 8;
        values[valuesById[9] = "SUPPLIES"] = 9;
        return values;
    })();

    /**
     * Unit enum.
     * @name meshloom.Unit
     * @enum {number}
     * @property {number} CATEGORY_DEFAULT=0 CATEGORY_DEFAULT value
     * @property {number} PORTIONS=1 PORTIONS value
     * @property {number} HOURS=2 HOURS value
     * @property {number} TRIPS=3 TRIPS value
     * @property {number} KWH=4 KWH value
     * @property {number} LITRES=5 LITRES value
     * @property {number} ITEMS=6 ITEMS value
     * @property {number} NIGHTS=7 NIGHTS value
     * @property {number} PEOPLE=8 PEOPLE value
     * @property {number} CREDITS=9 CREDITS value
     */
    meshloom.Unit = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CATEGORY_DEFAULT"] = 0;
        values[valuesById[1] = "PORTIONS"] = 1;
        values[valuesById[2] = "HOURS"] = 2;
        values[valuesById[3] = "TRIPS"] = 3;
        values[valuesById[4] = "KWH"] = 4;
        values[valuesById[5] = "LITRES"] = 5;
        values[valuesById[6] = "ITEMS"] = 6;
        values[valuesById[7] = "NIGHTS"] = 7;
        values[valuesById[8] = "PEOPLE"] = 8;
        values[valuesById[9] = "CREDITS"] = 9;
        return values;
    })();

    /**
     * Availability enum.
     * @name meshloom.Availability
     * @enum {number}
     * @property {number} AVAILABLE=0 AVAILABLE value
     * @property {number} IN_USE=1 IN_USE value
     * @property {number} UNAVAILABLE=2 UNAVAILABLE value
     */
    meshloom.Availability = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "AVAILABLE"] = 0;
        values[valuesById[1] = "IN_USE"] = 1;
        values[valuesById[2] = "UNAVAILABLE"] = 2;
        return values;
    })();

    /**
     * Wellbeing enum.
     * @name meshloom.Wellbeing
     * @enum {number}
     * @property {number} SAFE=0 SAFE value
     * @property {number} NEED_HELP=1 NEED_HELP value
     */
    meshloom.Wellbeing = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SAFE"] = 0;
        values[valuesById[1] = "NEED_HELP"] = 1;
        return values;
    })();

    /**
     * Step enum.
     * @name meshloom.Step
     * @enum {number}
     * @property {number} TAKEN=0 TAKEN value
     * @property {number} DONE=1 DONE value
     * @property {number} STILL_OPEN=2 STILL_OPEN value
     */
    meshloom.Step = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "TAKEN"] = 0;
        values[valuesById[1] = "DONE"] = 1;
        values[valuesById[2] = "STILL_OPEN"] = 2;
        return values;
    })();

    meshloom.Entry = (function() {

        /**
         * Properties of an Entry.
         * @typedef {Object} meshloom.Entry.$Properties
         * @property {number|null} [minute] Entry minute
         * @property {meshloom.Category|null} [category] Entry category
         * @property {number|null} [tenths] Entry tenths
         * @property {string|null} [member] Entry member
         * @property {string|null} [note] Entry note
         * @property {meshloom.Kind|null} [kind] Entry kind
         * @property {meshloom.Unit|null} [unit] Entry unit
         * @property {string|null} [toMember] Entry toMember
         * @property {number|null} [refAuthor] Entry refAuthor
         * @property {number|null} [refSeq] Entry refSeq
         * @property {boolean|null} ["void"] Entry void
         * @property {meshloom.Availability|null} [availability] Entry availability
         * @property {meshloom.Wellbeing|null} [wellbeing] Entry wellbeing
         * @property {meshloom.Step|null} [step] Entry step
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Entry.
         * @memberof meshloom
         * @interface IEntry
         * @augments meshloom.Entry.$Properties
         * @deprecated Use meshloom.Entry.$Properties instead.
         */

        /**
         * Shape of an Entry.
         * @typedef {meshloom.Entry.$Properties} meshloom.Entry.$Shape
         */

        /**
         * Constructs a new Entry.
         * @memberof meshloom
         * @classdesc Represents an Entry.
         * @constructor
         * @param {meshloom.Entry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Entry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Entry minute.
         * @member {number} minute
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.minute = 0;

        /**
         * Entry category.
         * @member {meshloom.Category} category
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.category = 0;

        /**
         * Entry tenths.
         * @member {number} tenths
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.tenths = 0;

        /**
         * Entry member.
         * @member {string} member
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.member = "";

        /**
         * Entry note.
         * @member {string} note
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.note = "";

        /**
         * Entry kind.
         * @member {meshloom.Kind} kind
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.kind = 0;

        /**
         * Entry unit.
         * @member {meshloom.Unit} unit
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.unit = 0;

        /**
         * Entry toMember.
         * @member {string} toMember
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.toMember = "";

        /**
         * Entry refAuthor.
         * @member {number} refAuthor
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.refAuthor = 0;

        /**
         * Entry refSeq.
         * @member {number} refSeq
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.refSeq = 0;

        /**
         * Entry void.
         * @member {boolean} void
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype["void"] = false;

        /**
         * Entry availability.
         * @member {meshloom.Availability} availability
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.availability = 0;

        /**
         * Entry wellbeing.
         * @member {meshloom.Wellbeing} wellbeing
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.wellbeing = 0;

        /**
         * Entry step.
         * @member {meshloom.Step} step
         * @memberof meshloom.Entry
         * @instance
         */
        Entry.prototype.step = 0;

        /**
         * Creates a new Entry instance using the specified properties.
         * @function create
         * @memberof meshloom.Entry
         * @static
         * @param {meshloom.Entry.$Properties=} [properties] Properties to set
         * @returns {meshloom.Entry} Entry instance
         * @type {{
         *   (properties: meshloom.Entry.$Shape): meshloom.Entry & meshloom.Entry.$Shape;
         *   (properties?: meshloom.Entry.$Properties): meshloom.Entry;
         * }}
         */
        Entry.create = function(properties) {
            return new Entry(properties);
        };

        /**
         * Encodes the specified Entry message. Does not implicitly {@link meshloom.Entry.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Entry
         * @static
         * @param {meshloom.Entry.$Properties} message Entry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Entry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minute != null && $Object.hasOwnProperty.call(message, "minute") && message.minute !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minute);
            if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.category);
            if (message.tenths != null && $Object.hasOwnProperty.call(message, "tenths") && message.tenths !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tenths);
            if (message.member != null && $Object.hasOwnProperty.call(message, "member") && message.member !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.member);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.note);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.kind);
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.unit);
            if (message.toMember != null && $Object.hasOwnProperty.call(message, "toMember") && message.toMember !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.toMember);
            if (message.refAuthor != null && $Object.hasOwnProperty.call(message, "refAuthor") && message.refAuthor !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.refAuthor);
            if (message.refSeq != null && $Object.hasOwnProperty.call(message, "refSeq") && message.refSeq !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.refSeq);
            if (message["void"] != null && $Object.hasOwnProperty.call(message, "void") && message["void"] !== false)
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message["void"]);
            if (message.availability != null && $Object.hasOwnProperty.call(message, "availability") && message.availability !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.availability);
            if (message.wellbeing != null && $Object.hasOwnProperty.call(message, "wellbeing") && message.wellbeing !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).int32(message.wellbeing);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).int32(message.step);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Entry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Entry & meshloom.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Entry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Entry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.minute = value;
                        else
                            delete message.minute;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.category = value;
                        else
                            delete message.category;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tenths = value;
                        else
                            delete message.tenths;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.member = value;
                        else
                            delete message.member;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.unit = value;
                        else
                            delete message.unit;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.toMember = value;
                        else
                            delete message.toMember;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.refAuthor = value;
                        else
                            delete message.refAuthor;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.refSeq = value;
                        else
                            delete message.refSeq;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message["void"] = value;
                        else
                            delete message["void"];
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.availability = value;
                        else
                            delete message.availability;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.wellbeing = value;
                        else
                            delete message.wellbeing;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Entry
         * @function getTypeUrl
         * @memberof meshloom.Entry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Entry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Entry";
        };

        return Entry;
    })();

    meshloom.Entries = (function() {

        /**
         * Properties of an Entries.
         * @typedef {Object} meshloom.Entries.$Properties
         * @property {number|null} [seq] Entries seq
         * @property {Array.<meshloom.Entry.$Properties>|null} [entry] Entries entry
         * @property {number|null} [author] Entries author
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Entries.
         * @memberof meshloom
         * @interface IEntries
         * @augments meshloom.Entries.$Properties
         * @deprecated Use meshloom.Entries.$Properties instead.
         */

        /**
         * Shape of an Entries.
         * @typedef {meshloom.Entries.$Properties} meshloom.Entries.$Shape
         */

        /**
         * Constructs a new Entries.
         * @memberof meshloom
         * @classdesc Represents an Entries.
         * @constructor
         * @param {meshloom.Entries.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Entries = function (properties) {
            this.entry = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Entries seq.
         * @member {number} seq
         * @memberof meshloom.Entries
         * @instance
         */
        Entries.prototype.seq = 0;

        /**
         * Entries entry.
         * @member {Array.<meshloom.Entry.$Properties>} entry
         * @memberof meshloom.Entries
         * @instance
         */
        Entries.prototype.entry = $util.emptyArray;

        /**
         * Entries author.
         * @member {number} author
         * @memberof meshloom.Entries
         * @instance
         */
        Entries.prototype.author = 0;

        /**
         * Creates a new Entries instance using the specified properties.
         * @function create
         * @memberof meshloom.Entries
         * @static
         * @param {meshloom.Entries.$Properties=} [properties] Properties to set
         * @returns {meshloom.Entries} Entries instance
         * @type {{
         *   (properties: meshloom.Entries.$Shape): meshloom.Entries & meshloom.Entries.$Shape;
         *   (properties?: meshloom.Entries.$Properties): meshloom.Entries;
         * }}
         */
        Entries.create = function(properties) {
            return new Entries(properties);
        };

        /**
         * Encodes the specified Entries message. Does not implicitly {@link meshloom.Entries.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Entries
         * @static
         * @param {meshloom.Entries.$Properties} message Entries message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Entries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
            if (message.entry != null && message.entry.length)
                for (let i = 0; i < message.entry.length; ++i)
                    $root.meshloom.Entry.encode(message.entry[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== 0)
                writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.author);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Entries message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Entries
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Entries & meshloom.Entries.$Shape} Entries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Entries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Entries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entry && message.entry.length))
                            message.entry = [];
                        message.entry.push($root.meshloom.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.author = value;
                        else
                            delete message.author;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Entries
         * @function getTypeUrl
         * @memberof meshloom.Entries
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Entries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Entries";
        };

        return Entries;
    })();

    meshloom.Announce = (function() {

        /**
         * Properties of an Announce.
         * @typedef {Object} meshloom.Announce.$Properties
         * @property {Uint8Array|null} [publicKey] Announce publicKey
         * @property {string|null} [label] Announce label
         * @property {number|null} [latestSeq] Announce latestSeq
         * @property {number|null} [author] Announce author
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Announce.
         * @memberof meshloom
         * @interface IAnnounce
         * @augments meshloom.Announce.$Properties
         * @deprecated Use meshloom.Announce.$Properties instead.
         */

        /**
         * Shape of an Announce.
         * @typedef {meshloom.Announce.$Properties} meshloom.Announce.$Shape
         */

        /**
         * Constructs a new Announce.
         * @memberof meshloom
         * @classdesc Represents an Announce.
         * @constructor
         * @param {meshloom.Announce.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Announce = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Announce publicKey.
         * @member {Uint8Array} publicKey
         * @memberof meshloom.Announce
         * @instance
         */
        Announce.prototype.publicKey = $util.newBuffer([]);

        /**
         * Announce label.
         * @member {string} label
         * @memberof meshloom.Announce
         * @instance
         */
        Announce.prototype.label = "";

        /**
         * Announce latestSeq.
         * @member {number} latestSeq
         * @memberof meshloom.Announce
         * @instance
         */
        Announce.prototype.latestSeq = 0;

        /**
         * Announce author.
         * @member {number} author
         * @memberof meshloom.Announce
         * @instance
         */
        Announce.prototype.author = 0;

        /**
         * Creates a new Announce instance using the specified properties.
         * @function create
         * @memberof meshloom.Announce
         * @static
         * @param {meshloom.Announce.$Properties=} [properties] Properties to set
         * @returns {meshloom.Announce} Announce instance
         * @type {{
         *   (properties: meshloom.Announce.$Shape): meshloom.Announce & meshloom.Announce.$Shape;
         *   (properties?: meshloom.Announce.$Properties): meshloom.Announce;
         * }}
         */
        Announce.create = function(properties) {
            return new Announce(properties);
        };

        /**
         * Encodes the specified Announce message. Does not implicitly {@link meshloom.Announce.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Announce
         * @static
         * @param {meshloom.Announce.$Properties} message Announce message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Announce.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKey);
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.label);
            if (message.latestSeq != null && $Object.hasOwnProperty.call(message, "latestSeq") && message.latestSeq !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.latestSeq);
            if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== 0)
                writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.author);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Announce message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Announce
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Announce & meshloom.Announce.$Shape} Announce
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Announce.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Announce();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.latestSeq = value;
                        else
                            delete message.latestSeq;
                        continue;
                    }
                case 4: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.author = value;
                        else
                            delete message.author;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Announce
         * @function getTypeUrl
         * @memberof meshloom.Announce
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Announce.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Announce";
        };

        return Announce;
    })();

    /**
     * MsgType enum.
     * @name meshloom.MsgType
     * @enum {number}
     * @property {number} ALERT=0 ALERT value
     * @property {number} UPDATE=1 UPDATE value
     * @property {number} CANCEL=2 CANCEL value
     */
    meshloom.MsgType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ALERT"] = 0;
        values[valuesById[1] = "UPDATE"] = 1;
        values[valuesById[2] = "CANCEL"] = 2;
        return values;
    })();

    /**
     * Scope enum.
     * @name meshloom.Scope
     * @enum {number}
     * @property {number} FEDERATED=0 FEDERATED value
     * @property {number} LOCAL=1 LOCAL value
     */
    meshloom.Scope = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "FEDERATED"] = 0;
        values[valuesById[1] = "LOCAL"] = 1;
        return values;
    })();

    /**
     * Severity enum.
     * @name meshloom.Severity
     * @enum {number}
     * @property {number} SEVERITY_UNKNOWN=0 SEVERITY_UNKNOWN value
     * @property {number} EXTREME=1 EXTREME value
     * @property {number} SEVERE=2 SEVERE value
     * @property {number} MODERATE=3 MODERATE value
     * @property {number} MINOR=4 MINOR value
     */
    meshloom.Severity = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SEVERITY_UNKNOWN"] = 0;
        values[valuesById[1] = "EXTREME"] = 1;
        values[valuesById[2] = "SEVERE"] = 2;
        values[valuesById[3] = "MODERATE"] = 3;
        values[valuesById[4] = "MINOR"] = 4;
        return values;
    })();

    /**
     * Urgency enum.
     * @name meshloom.Urgency
     * @enum {number}
     * @property {number} URGENCY_UNKNOWN=0 URGENCY_UNKNOWN value
     * @property {number} IMMEDIATE=1 IMMEDIATE value
     * @property {number} EXPECTED=2 EXPECTED value
     * @property {number} FUTURE=3 FUTURE value
     * @property {number} PAST=4 PAST value
     */
    meshloom.Urgency = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "URGENCY_UNKNOWN"] = 0;
        values[valuesById[1] = "IMMEDIATE"] = 1;
        values[valuesById[2] = "EXPECTED"] = 2;
        values[valuesById[3] = "FUTURE"] = 3;
        values[valuesById[4] = "PAST"] = 4;
        return values;
    })();

    /**
     * Certainty enum.
     * @name meshloom.Certainty
     * @enum {number}
     * @property {number} CERTAINTY_UNKNOWN=0 CERTAINTY_UNKNOWN value
     * @property {number} OBSERVED=1 OBSERVED value
     * @property {number} LIKELY=2 LIKELY value
     * @property {number} POSSIBLE=3 POSSIBLE value
     * @property {number} UNLIKELY=4 UNLIKELY value
     */
    meshloom.Certainty = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CERTAINTY_UNKNOWN"] = 0;
        values[valuesById[1] = "OBSERVED"] = 1;
        values[valuesById[2] = "LIKELY"] = 2;
        values[valuesById[3] = "POSSIBLE"] = 3;
        values[valuesById[4] = "UNLIKELY"] = 4;
        return values;
    })();

    /**
     * AlertCategory enum.
     * @name meshloom.AlertCategory
     * @enum {number}
     * @property {number} SAFETY=0 SAFETY value
     * @property {number} GEO=1 GEO value
     * @property {number} MET=2 MET value
     * @property {number} SECURITY=3 SECURITY value
     * @property {number} RESCUE=4 RESCUE value
     * @property {number} FIRE=5 FIRE value
     * @property {number} HEALTH=6 HEALTH value
     * @property {number} ENV=7 ENV value
     * @property {number} TRANSPORT_CAT=8 TRANSPORT_CAT value
     * @property {number} INFRA=9 INFRA value
     * @property {number} CBRNE=10 CBRNE value
     * @property {number} OTHER_CAT=11 OTHER_CAT value
     */
    meshloom.AlertCategory = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SAFETY"] = 0;
        values[valuesById[1] = "GEO"] = 1;
        values[valuesById[2] = "MET"] = 2;
        values[valuesById[3] = "SECURITY"] = 3;
        values[valuesById[4] = "RESCUE"] = 4;
        values[valuesById[5] = "FIRE"] = 5;
        values[valuesById[6] = "HEALTH"] = 6;
        values[valuesById[7] = "ENV"] = 7;
        values[valuesById[8] = "TRANSPORT_CAT"] = 8;
        values[valuesById[9] = "INFRA"] = 9;
        values[valuesById[10] = "CBRNE"] = 10;
        values[valuesById[11] = "OTHER_CAT"] = 11;
        return values;
    })();

    /**
     * ResponseType enum.
     * @name meshloom.ResponseType
     * @enum {number}
     * @property {number} RESPONSE_NONE=0 RESPONSE_NONE value
     * @property {number} SHELTER_RESPONSE=1 SHELTER_RESPONSE value
     * @property {number} EVACUATE=2 EVACUATE value
     * @property {number} PREPARE=3 PREPARE value
     * @property {number} EXECUTE=4 EXECUTE value
     * @property {number} AVOID=5 AVOID value
     * @property {number} MONITOR=6 MONITOR value
     * @property {number} ASSESS=7 ASSESS value
     * @property {number} ALL_CLEAR=8 ALL_CLEAR value
     */
    meshloom.ResponseType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RESPONSE_NONE"] = 0;
        values[valuesById[1] = "SHELTER_RESPONSE"] = 1;
        values[valuesById[2] = "EVACUATE"] = 2;
        values[valuesById[3] = "PREPARE"] = 3;
        values[valuesById[4] = "EXECUTE"] = 4;
        values[valuesById[5] = "AVOID"] = 5;
        values[valuesById[6] = "MONITOR"] = 6;
        values[valuesById[7] = "ASSESS"] = 7;
        values[valuesById[8] = "ALL_CLEAR"] = 8;
        return values;
    })();

    meshloom.Circle = (function() {

        /**
         * Properties of a Circle.
         * @typedef {Object} meshloom.Circle.$Properties
         * @property {number|null} [latitudeE5] Circle latitudeE5
         * @property {number|null} [longitudeE5] Circle longitudeE5
         * @property {number|null} [radiusM] Circle radiusM
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Circle.
         * @memberof meshloom
         * @interface ICircle
         * @augments meshloom.Circle.$Properties
         * @deprecated Use meshloom.Circle.$Properties instead.
         */

        /**
         * Shape of a Circle.
         * @typedef {meshloom.Circle.$Properties} meshloom.Circle.$Shape
         */

        /**
         * Constructs a new Circle.
         * @memberof meshloom
         * @classdesc Represents a Circle.
         * @constructor
         * @param {meshloom.Circle.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Circle = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Circle latitudeE5.
         * @member {number} latitudeE5
         * @memberof meshloom.Circle
         * @instance
         */
        Circle.prototype.latitudeE5 = 0;

        /**
         * Circle longitudeE5.
         * @member {number} longitudeE5
         * @memberof meshloom.Circle
         * @instance
         */
        Circle.prototype.longitudeE5 = 0;

        /**
         * Circle radiusM.
         * @member {number} radiusM
         * @memberof meshloom.Circle
         * @instance
         */
        Circle.prototype.radiusM = 0;

        /**
         * Creates a new Circle instance using the specified properties.
         * @function create
         * @memberof meshloom.Circle
         * @static
         * @param {meshloom.Circle.$Properties=} [properties] Properties to set
         * @returns {meshloom.Circle} Circle instance
         * @type {{
         *   (properties: meshloom.Circle.$Shape): meshloom.Circle & meshloom.Circle.$Shape;
         *   (properties?: meshloom.Circle.$Properties): meshloom.Circle;
         * }}
         */
        Circle.create = function(properties) {
            return new Circle(properties);
        };

        /**
         * Encodes the specified Circle message. Does not implicitly {@link meshloom.Circle.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Circle
         * @static
         * @param {meshloom.Circle.$Properties} message Circle message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Circle.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.latitudeE5 != null && $Object.hasOwnProperty.call(message, "latitudeE5") && message.latitudeE5 !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.latitudeE5);
            if (message.longitudeE5 != null && $Object.hasOwnProperty.call(message, "longitudeE5") && message.longitudeE5 !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.longitudeE5);
            if (message.radiusM != null && $Object.hasOwnProperty.call(message, "radiusM") && message.radiusM !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.radiusM);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Circle message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Circle
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Circle & meshloom.Circle.$Shape} Circle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Circle.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Circle();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.latitudeE5 = value;
                        else
                            delete message.latitudeE5;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.longitudeE5 = value;
                        else
                            delete message.longitudeE5;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.radiusM = value;
                        else
                            delete message.radiusM;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Circle
         * @function getTypeUrl
         * @memberof meshloom.Circle
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Circle.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Circle";
        };

        return Circle;
    })();

    meshloom.Alert = (function() {

        /**
         * Properties of an Alert.
         * @typedef {Object} meshloom.Alert.$Properties
         * @property {number|null} [id] Alert id
         * @property {number|null} [sentMinute] Alert sentMinute
         * @property {number|null} [expiresMinute] Alert expiresMinute
         * @property {string|null} [headline] Alert headline
         * @property {string|null} [event] Alert event
         * @property {string|null} [instruction] Alert instruction
         * @property {string|null} [area] Alert area
         * @property {meshloom.Severity|null} [severity] Alert severity
         * @property {meshloom.Urgency|null} [urgency] Alert urgency
         * @property {meshloom.Certainty|null} [certainty] Alert certainty
         * @property {meshloom.AlertCategory|null} [category] Alert category
         * @property {meshloom.ResponseType|null} [response] Alert response
         * @property {meshloom.MsgType|null} [msgType] Alert msgType
         * @property {Array.<number>|null} [references] Alert references
         * @property {meshloom.Circle.$Properties|null} [circle] Alert circle
         * @property {number|null} [author] Alert author
         * @property {meshloom.Scope|null} [scope] Alert scope
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Alert.
         * @memberof meshloom
         * @interface IAlert
         * @augments meshloom.Alert.$Properties
         * @deprecated Use meshloom.Alert.$Properties instead.
         */

        /**
         * Shape of an Alert.
         * @typedef {meshloom.Alert.$Properties} meshloom.Alert.$Shape
         */

        /**
         * Constructs a new Alert.
         * @memberof meshloom
         * @classdesc Represents an Alert.
         * @constructor
         * @param {meshloom.Alert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Alert = function (properties) {
            this.references = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Alert id.
         * @member {number} id
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.id = 0;

        /**
         * Alert sentMinute.
         * @member {number} sentMinute
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.sentMinute = 0;

        /**
         * Alert expiresMinute.
         * @member {number} expiresMinute
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.expiresMinute = 0;

        /**
         * Alert headline.
         * @member {string} headline
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.headline = "";

        /**
         * Alert event.
         * @member {string} event
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.event = "";

        /**
         * Alert instruction.
         * @member {string} instruction
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.instruction = "";

        /**
         * Alert area.
         * @member {string} area
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.area = "";

        /**
         * Alert severity.
         * @member {meshloom.Severity} severity
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.severity = 0;

        /**
         * Alert urgency.
         * @member {meshloom.Urgency} urgency
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.urgency = 0;

        /**
         * Alert certainty.
         * @member {meshloom.Certainty} certainty
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.certainty = 0;

        /**
         * Alert category.
         * @member {meshloom.AlertCategory} category
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.category = 0;

        /**
         * Alert response.
         * @member {meshloom.ResponseType} response
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.response = 0;

        /**
         * Alert msgType.
         * @member {meshloom.MsgType} msgType
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.msgType = 0;

        /**
         * Alert references.
         * @member {Array.<number>} references
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.references = $util.emptyArray;

        /**
         * Alert circle.
         * @member {meshloom.Circle.$Properties|null|undefined} circle
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.circle = null;

        /**
         * Alert author.
         * @member {number} author
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.author = 0;

        /**
         * Alert scope.
         * @member {meshloom.Scope} scope
         * @memberof meshloom.Alert
         * @instance
         */
        Alert.prototype.scope = 0;

        /**
         * Creates a new Alert instance using the specified properties.
         * @function create
         * @memberof meshloom.Alert
         * @static
         * @param {meshloom.Alert.$Properties=} [properties] Properties to set
         * @returns {meshloom.Alert} Alert instance
         * @type {{
         *   (properties: meshloom.Alert.$Shape): meshloom.Alert & meshloom.Alert.$Shape;
         *   (properties?: meshloom.Alert.$Properties): meshloom.Alert;
         * }}
         */
        Alert.create = function(properties) {
            return new Alert(properties);
        };

        /**
         * Encodes the specified Alert message. Does not implicitly {@link meshloom.Alert.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Alert
         * @static
         * @param {meshloom.Alert.$Properties} message Alert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Alert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
            if (message.sentMinute != null && $Object.hasOwnProperty.call(message, "sentMinute") && message.sentMinute !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sentMinute);
            if (message.expiresMinute != null && $Object.hasOwnProperty.call(message, "expiresMinute") && message.expiresMinute !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.expiresMinute);
            if (message.headline != null && $Object.hasOwnProperty.call(message, "headline") && message.headline !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.headline);
            if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.event);
            if (message.instruction != null && $Object.hasOwnProperty.call(message, "instruction") && message.instruction !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.instruction);
            if (message.area != null && $Object.hasOwnProperty.call(message, "area") && message.area !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.area);
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.severity);
            if (message.urgency != null && $Object.hasOwnProperty.call(message, "urgency") && message.urgency !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).int32(message.urgency);
            if (message.certainty != null && $Object.hasOwnProperty.call(message, "certainty") && message.certainty !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.certainty);
            if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).int32(message.category);
            if (message.response != null && $Object.hasOwnProperty.call(message, "response") && message.response !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.response);
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).int32(message.msgType);
            if (message.references != null && message.references.length)
                writer.uint32(/* id 14, wireType 2 =*/114).uint32s(message.references);
            if (message.circle != null && $Object.hasOwnProperty.call(message, "circle"))
                $root.meshloom.Circle.encode(message.circle, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== 0)
                writer.uint32(/* id 16, wireType 5 =*/133).fixed32(message.author);
            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== 0)
                writer.uint32(/* id 17, wireType 0 =*/136).int32(message.scope);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Alert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Alert & meshloom.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Alert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Alert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.sentMinute = value;
                        else
                            delete message.sentMinute;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expiresMinute = value;
                        else
                            delete message.expiresMinute;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.headline = value;
                        else
                            delete message.headline;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.event = value;
                        else
                            delete message.event;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.instruction = value;
                        else
                            delete message.instruction;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.area = value;
                        else
                            delete message.area;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.urgency = value;
                        else
                            delete message.urgency;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.certainty = value;
                        else
                            delete message.certainty;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.category = value;
                        else
                            delete message.category;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.response = value;
                        else
                            delete message.response;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 14: {
                        if (wireType === 2) {
                            if (!(message.references && message.references.length))
                                message.references = [];
                            reader.uint32s(message.references);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.references && message.references.length))
                            message.references = [];
                        message.references.push(reader.uint32());
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        message.circle = $root.meshloom.Circle.decode(reader, reader.size(), $undefined, _depth + 1, message.circle);
                        continue;
                    }
                case 16: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.author = value;
                        else
                            delete message.author;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.scope = value;
                        else
                            delete message.scope;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Alert
         * @function getTypeUrl
         * @memberof meshloom.Alert
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Alert.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Alert";
        };

        return Alert;
    })();

    meshloom.AlertAck = (function() {

        /**
         * Properties of an AlertAck.
         * @typedef {Object} meshloom.AlertAck.$Properties
         * @property {number|null} [alertAuthor] AlertAck alertAuthor
         * @property {number|null} [alertId] AlertAck alertId
         * @property {number|null} [acker] AlertAck acker
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AlertAck.
         * @memberof meshloom
         * @interface IAlertAck
         * @augments meshloom.AlertAck.$Properties
         * @deprecated Use meshloom.AlertAck.$Properties instead.
         */

        /**
         * Shape of an AlertAck.
         * @typedef {meshloom.AlertAck.$Properties} meshloom.AlertAck.$Shape
         */

        /**
         * Constructs a new AlertAck.
         * @memberof meshloom
         * @classdesc Represents an AlertAck.
         * @constructor
         * @param {meshloom.AlertAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AlertAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AlertAck alertAuthor.
         * @member {number} alertAuthor
         * @memberof meshloom.AlertAck
         * @instance
         */
        AlertAck.prototype.alertAuthor = 0;

        /**
         * AlertAck alertId.
         * @member {number} alertId
         * @memberof meshloom.AlertAck
         * @instance
         */
        AlertAck.prototype.alertId = 0;

        /**
         * AlertAck acker.
         * @member {number} acker
         * @memberof meshloom.AlertAck
         * @instance
         */
        AlertAck.prototype.acker = 0;

        /**
         * Creates a new AlertAck instance using the specified properties.
         * @function create
         * @memberof meshloom.AlertAck
         * @static
         * @param {meshloom.AlertAck.$Properties=} [properties] Properties to set
         * @returns {meshloom.AlertAck} AlertAck instance
         * @type {{
         *   (properties: meshloom.AlertAck.$Shape): meshloom.AlertAck & meshloom.AlertAck.$Shape;
         *   (properties?: meshloom.AlertAck.$Properties): meshloom.AlertAck;
         * }}
         */
        AlertAck.create = function(properties) {
            return new AlertAck(properties);
        };

        /**
         * Encodes the specified AlertAck message. Does not implicitly {@link meshloom.AlertAck.verify|verify} messages.
         * @function encode
         * @memberof meshloom.AlertAck
         * @static
         * @param {meshloom.AlertAck.$Properties} message AlertAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.alertAuthor != null && $Object.hasOwnProperty.call(message, "alertAuthor") && message.alertAuthor !== 0)
                writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.alertAuthor);
            if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId") && message.alertId !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.alertId);
            if (message.acker != null && $Object.hasOwnProperty.call(message, "acker") && message.acker !== 0)
                writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.acker);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AlertAck message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.AlertAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.AlertAck & meshloom.AlertAck.$Shape} AlertAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertAck.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.AlertAck();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.alertAuthor = value;
                        else
                            delete message.alertAuthor;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.alertId = value;
                        else
                            delete message.alertId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.acker = value;
                        else
                            delete message.acker;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for AlertAck
         * @function getTypeUrl
         * @memberof meshloom.AlertAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AlertAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.AlertAck";
        };

        return AlertAck;
    })();

    meshloom.Digest = (function() {

        /**
         * Properties of a Digest.
         * @typedef {Object} meshloom.Digest.$Properties
         * @property {Array.<number>|null} [author] Digest author
         * @property {Array.<number>|null} [latest] Digest latest
         * @property {Array.<number>|null} [alertAuthor] Digest alertAuthor
         * @property {Array.<number>|null} [alertId] Digest alertId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Digest.
         * @memberof meshloom
         * @interface IDigest
         * @augments meshloom.Digest.$Properties
         * @deprecated Use meshloom.Digest.$Properties instead.
         */

        /**
         * Shape of a Digest.
         * @typedef {meshloom.Digest.$Properties} meshloom.Digest.$Shape
         */

        /**
         * Constructs a new Digest.
         * @memberof meshloom
         * @classdesc Represents a Digest.
         * @constructor
         * @param {meshloom.Digest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Digest = function (properties) {
            this.author = [];
            this.latest = [];
            this.alertAuthor = [];
            this.alertId = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Digest author.
         * @member {Array.<number>} author
         * @memberof meshloom.Digest
         * @instance
         */
        Digest.prototype.author = $util.emptyArray;

        /**
         * Digest latest.
         * @member {Array.<number>} latest
         * @memberof meshloom.Digest
         * @instance
         */
        Digest.prototype.latest = $util.emptyArray;

        /**
         * Digest alertAuthor.
         * @member {Array.<number>} alertAuthor
         * @memberof meshloom.Digest
         * @instance
         */
        Digest.prototype.alertAuthor = $util.emptyArray;

        /**
         * Digest alertId.
         * @member {Array.<number>} alertId
         * @memberof meshloom.Digest
         * @instance
         */
        Digest.prototype.alertId = $util.emptyArray;

        /**
         * Creates a new Digest instance using the specified properties.
         * @function create
         * @memberof meshloom.Digest
         * @static
         * @param {meshloom.Digest.$Properties=} [properties] Properties to set
         * @returns {meshloom.Digest} Digest instance
         * @type {{
         *   (properties: meshloom.Digest.$Shape): meshloom.Digest & meshloom.Digest.$Shape;
         *   (properties?: meshloom.Digest.$Properties): meshloom.Digest;
         * }}
         */
        Digest.create = function(properties) {
            return new Digest(properties);
        };

        /**
         * Encodes the specified Digest message. Does not implicitly {@link meshloom.Digest.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Digest
         * @static
         * @param {meshloom.Digest.$Properties} message Digest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Digest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.author != null && message.author.length)
                writer.uint32(/* id 1, wireType 2 =*/10).fixed32s(message.author);
            if (message.latest != null && message.latest.length)
                writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.latest);
            if (message.alertAuthor != null && message.alertAuthor.length)
                writer.uint32(/* id 3, wireType 2 =*/26).fixed32s(message.alertAuthor);
            if (message.alertId != null && message.alertId.length)
                writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.alertId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Digest message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Digest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Digest & meshloom.Digest.$Shape} Digest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Digest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Digest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.author && message.author.length))
                                message.author = [];
                            reader.fixed32s(message.author);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.author && message.author.length))
                            message.author = [];
                        message.author.push(reader.fixed32());
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.latest && message.latest.length))
                                message.latest = [];
                            reader.uint32s(message.latest);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.latest && message.latest.length))
                            message.latest = [];
                        message.latest.push(reader.uint32());
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.alertAuthor && message.alertAuthor.length))
                                message.alertAuthor = [];
                            reader.fixed32s(message.alertAuthor);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.alertAuthor && message.alertAuthor.length))
                            message.alertAuthor = [];
                        message.alertAuthor.push(reader.fixed32());
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.alertId && message.alertId.length))
                                message.alertId = [];
                            reader.uint32s(message.alertId);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.alertId && message.alertId.length))
                            message.alertId = [];
                        message.alertId.push(reader.uint32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Digest
         * @function getTypeUrl
         * @memberof meshloom.Digest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Digest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Digest";
        };

        return Digest;
    })();

    meshloom.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} meshloom.Request.$Properties
         * @property {number|null} [author] Request author
         * @property {number|null} [fromSeq] Request fromSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof meshloom
         * @interface IRequest
         * @augments meshloom.Request.$Properties
         * @deprecated Use meshloom.Request.$Properties instead.
         */

        /**
         * Shape of a Request.
         * @typedef {meshloom.Request.$Properties} meshloom.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof meshloom
         * @classdesc Represents a Request.
         * @constructor
         * @param {meshloom.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request author.
         * @member {number} author
         * @memberof meshloom.Request
         * @instance
         */
        Request.prototype.author = 0;

        /**
         * Request fromSeq.
         * @member {number} fromSeq
         * @memberof meshloom.Request
         * @instance
         */
        Request.prototype.fromSeq = 0;

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof meshloom.Request
         * @static
         * @param {meshloom.Request.$Properties=} [properties] Properties to set
         * @returns {meshloom.Request} Request instance
         * @type {{
         *   (properties: meshloom.Request.$Shape): meshloom.Request & meshloom.Request.$Shape;
         *   (properties?: meshloom.Request.$Properties): meshloom.Request;
         * }}
         */
        Request.create = function(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link meshloom.Request.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Request
         * @static
         * @param {meshloom.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== 0)
                writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.author);
            if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq") && message.fromSeq !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.fromSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Request & meshloom.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Request();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.author = value;
                        else
                            delete message.author;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.fromSeq = value;
                        else
                            delete message.fromSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Request
         * @function getTypeUrl
         * @memberof meshloom.Request
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Request.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Request";
        };

        return Request;
    })();

    meshloom.Fragment = (function() {

        /**
         * Properties of a Fragment.
         * @typedef {Object} meshloom.Fragment.$Properties
         * @property {number|null} [messageId] Fragment messageId
         * @property {number|null} [index] Fragment index
         * @property {number|null} [count] Fragment count
         * @property {Uint8Array|null} [data] Fragment data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Fragment.
         * @memberof meshloom
         * @interface IFragment
         * @augments meshloom.Fragment.$Properties
         * @deprecated Use meshloom.Fragment.$Properties instead.
         */

        /**
         * Shape of a Fragment.
         * @typedef {meshloom.Fragment.$Properties} meshloom.Fragment.$Shape
         */

        /**
         * Constructs a new Fragment.
         * @memberof meshloom
         * @classdesc Represents a Fragment.
         * @constructor
         * @param {meshloom.Fragment.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Fragment = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Fragment messageId.
         * @member {number} messageId
         * @memberof meshloom.Fragment
         * @instance
         */
        Fragment.prototype.messageId = 0;

        /**
         * Fragment index.
         * @member {number} index
         * @memberof meshloom.Fragment
         * @instance
         */
        Fragment.prototype.index = 0;

        /**
         * Fragment count.
         * @member {number} count
         * @memberof meshloom.Fragment
         * @instance
         */
        Fragment.prototype.count = 0;

        /**
         * Fragment data.
         * @member {Uint8Array} data
         * @memberof meshloom.Fragment
         * @instance
         */
        Fragment.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new Fragment instance using the specified properties.
         * @function create
         * @memberof meshloom.Fragment
         * @static
         * @param {meshloom.Fragment.$Properties=} [properties] Properties to set
         * @returns {meshloom.Fragment} Fragment instance
         * @type {{
         *   (properties: meshloom.Fragment.$Shape): meshloom.Fragment & meshloom.Fragment.$Shape;
         *   (properties?: meshloom.Fragment.$Properties): meshloom.Fragment;
         * }}
         */
        Fragment.create = function(properties) {
            return new Fragment(properties);
        };

        /**
         * Encodes the specified Fragment message. Does not implicitly {@link meshloom.Fragment.verify|verify} messages.
         * @function encode
         * @memberof meshloom.Fragment
         * @static
         * @param {meshloom.Fragment.$Properties} message Fragment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Fragment.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.messageId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Fragment message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.Fragment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.Fragment & meshloom.Fragment.$Shape} Fragment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Fragment.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.Fragment();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.messageId = value;
                        else
                            delete message.messageId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Fragment
         * @function getTypeUrl
         * @memberof meshloom.Fragment
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Fragment.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.Fragment";
        };

        return Fragment;
    })();

    meshloom.FederationFrame = (function() {

        /**
         * Properties of a FederationFrame.
         * @typedef {Object} meshloom.FederationFrame.$Properties
         * @property {number|null} [from] FederationFrame from
         * @property {number|null} [to] FederationFrame to
         * @property {Uint8Array|null} [payload] FederationFrame payload
         * @property {Uint8Array|null} [publicKey] FederationFrame publicKey
         * @property {Uint8Array|null} [signature] FederationFrame signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FederationFrame.
         * @memberof meshloom
         * @interface IFederationFrame
         * @augments meshloom.FederationFrame.$Properties
         * @deprecated Use meshloom.FederationFrame.$Properties instead.
         */

        /**
         * Shape of a FederationFrame.
         * @typedef {meshloom.FederationFrame.$Properties} meshloom.FederationFrame.$Shape
         */

        /**
         * Constructs a new FederationFrame.
         * @memberof meshloom
         * @classdesc Represents a FederationFrame.
         * @constructor
         * @param {meshloom.FederationFrame.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FederationFrame = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FederationFrame from.
         * @member {number} from
         * @memberof meshloom.FederationFrame
         * @instance
         */
        FederationFrame.prototype.from = 0;

        /**
         * FederationFrame to.
         * @member {number} to
         * @memberof meshloom.FederationFrame
         * @instance
         */
        FederationFrame.prototype.to = 0;

        /**
         * FederationFrame payload.
         * @member {Uint8Array} payload
         * @memberof meshloom.FederationFrame
         * @instance
         */
        FederationFrame.prototype.payload = $util.newBuffer([]);

        /**
         * FederationFrame publicKey.
         * @member {Uint8Array} publicKey
         * @memberof meshloom.FederationFrame
         * @instance
         */
        FederationFrame.prototype.publicKey = $util.newBuffer([]);

        /**
         * FederationFrame signature.
         * @member {Uint8Array} signature
         * @memberof meshloom.FederationFrame
         * @instance
         */
        FederationFrame.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new FederationFrame instance using the specified properties.
         * @function create
         * @memberof meshloom.FederationFrame
         * @static
         * @param {meshloom.FederationFrame.$Properties=} [properties] Properties to set
         * @returns {meshloom.FederationFrame} FederationFrame instance
         * @type {{
         *   (properties: meshloom.FederationFrame.$Shape): meshloom.FederationFrame & meshloom.FederationFrame.$Shape;
         *   (properties?: meshloom.FederationFrame.$Properties): meshloom.FederationFrame;
         * }}
         */
        FederationFrame.create = function(properties) {
            return new FederationFrame(properties);
        };

        /**
         * Encodes the specified FederationFrame message. Does not implicitly {@link meshloom.FederationFrame.verify|verify} messages.
         * @function encode
         * @memberof meshloom.FederationFrame
         * @static
         * @param {meshloom.FederationFrame.$Properties} message FederationFrame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FederationFrame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.from);
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.to);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.publicKey);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FederationFrame message from the specified reader or buffer.
         * @function decode
         * @memberof meshloom.FederationFrame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshloom.FederationFrame & meshloom.FederationFrame.$Shape} FederationFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FederationFrame.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meshloom.FederationFrame();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for FederationFrame
         * @function getTypeUrl
         * @memberof meshloom.FederationFrame
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FederationFrame.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshloom.FederationFrame";
        };

        return FederationFrame;
    })();

    return meshloom;
})();

export {
  $root as default
};
