"""Event detection and typing: ACLED event_type and sub_event_type.

Two parts work together:

* a trigger lexicon (``data/event_triggers.tsv``): regular expressions over the surface
  text that say "this is an event" (weak triggers) or "this is that sub-type" (strong
  triggers), plus words that make a story a non-conflict one (disasters, crime) and words
  that turn a trigger into talk ("condemned the attack", "threatened to strike");
* a linear text model (``data/event_classifier.npz``, trained by
  ``scripts/train_event_classifier.py``): TF-IDF over word n-grams and prefixes, with
  names and numbers masked so it does not learn places or actors, plus the lexicon hits as
  features; 25 sub-types and a "no event" class; inference is a numpy dot product.

A sentence without any trigger is never an event (the cheap path); where triggers fire,
the model ranks the sub-types and strong triggers add a bonus to theirs.
"""

from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

from eventwire.errors import DataTableError
from eventwire.stages.dates import WEEKDAYS
from eventwire.stages.nlp import clause_verb, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: ACLED's 25 sub-event types and the event type each belongs to.
SUB_EVENT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "Armed clash": "Battles",
        "Government regains territory": "Battles",
        "Non-state actor overtakes territory": "Battles",
        "Chemical weapon": "Explosions/Remote violence",
        "Air/drone strike": "Explosions/Remote violence",
        "Suicide bomb": "Explosions/Remote violence",
        "Shelling/artillery/missile attack": "Explosions/Remote violence",
        "Remote explosive/landmine/IED": "Explosions/Remote violence",
        "Grenade": "Explosions/Remote violence",
        "Sexual violence": "Violence against civilians",
        "Attack": "Violence against civilians",
        "Abduction/forced disappearance": "Violence against civilians",
        "Peaceful protest": "Protests",
        "Protest with intervention": "Protests",
        "Excessive force against protesters": "Protests",
        "Violent demonstration": "Riots",
        "Mob violence": "Riots",
        "Agreement": "Strategic developments",
        "Arrests": "Strategic developments",
        "Change to group/activity": "Strategic developments",
        "Disrupted weapons use": "Strategic developments",
        "Headquarters or base established": "Strategic developments",
        "Looting/property destruction": "Strategic developments",
        "Non-violent transfer of territory": "Strategic developments",
        "Other": "Strategic developments",
    }
)
#: The model's class for "no conflict event".
NO_EVENT = "NONE"

_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: Event types a drill, parade or weapons test cannot be.
_DRILL_VETOED = _VIOLENT_TYPES | {"Riots"}
#: Labels a speech verb never blocks: protesters denounce and demand by definition.
_UNBLOCKABLE_TYPES = frozenset({"Protests", "Riots"})
_RuleKind = Literal["decisive", "strong", "weak", "cue", "neg", "block"]
_KINDS: frozenset[str] = frozenset({"decisive", "strong", "weak", "cue", "neg", "block"})
_STRONG_KINDS = frozenset({"decisive", "strong"})
_TRIGGER_KINDS = frozenset({"decisive", "strong", "weak"})
#: When the words of the first sub-type are there, those of the others give way: the more
#: specific reading wins ("protesters threw stones" is not a peaceful protest).
_OVERRIDES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "Mob violence": frozenset({"Armed clash", "Attack"}),
        # a march of displaced people broken up: the protest, not the displacement ("Other")
        "Excessive force against protesters": frozenset(
            {"Peaceful protest", "Protest with intervention", "Arrests", "Other"}
        ),
        # a crowd that burns cars or smashes windows riots: the damage, and the arrests made
        # at it, are the riot's
        "Violent demonstration": frozenset(
            {
                "Peaceful protest",
                "Protest with intervention",
                "Looting/property destruction",
                "Arrests",
            }
        ),
        "Protest with intervention": frozenset({"Peaceful protest", "Arrests", "Other"}),
        "Suicide bomb": frozenset({"Remote explosive/landmine/IED", "Attack", "Armed clash"}),
        # fighting and a withdrawal: the place changed hands by force, if at all
        "Armed clash": frozenset({"Non-violent transfer of territory"}),
        "Government regains territory": frozenset({"Armed clash"}),
        "Non-state actor overtakes territory": frozenset({"Armed clash"}),
        "Agreement": frozenset({"Change to group/activity"}),
        # gunmen who shoot traders and burn their stalls, militiamen who attack a camp and
        # torch its shelters: the burning is the attack's
        "Attack": frozenset({"Looting/property destruction"}),
        "Disrupted weapons use": frozenset({"Remote explosive/landmine/IED", "Grenade"}),
        # young men taken away as forced recruits: an abduction, not a recruitment drive
        "Abduction/forced disappearance": frozenset({"Change to group/activity"}),
    }
)
#: The sub-types that police action at a protest is coded as: arrests made while a protest
#: is dispersed or fired on are the protest's (arrests alone may be of anyone).
_PROTEST_FORCE = frozenset({"Excessive force against protesters", "Protest with intervention"})
_CAUSED = re.compile(
    r"\b(?:spark|caus|trigger|start|ignit|set(?:ting)? off|left)\w*\s+(?:[\w'-]+\s+){0,3}$"
    # "glide bombs hit an industrial area": the place the weapons struck, no accident
    r"|\b(?:bombs?|missiles?|rockets?|shells?|drones?|strikes?)\s+(?:hit|struck|targeted|"
    r"slammed into)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
#: What a vehicle suffers in a wreck, and a weapon as the subject that did it ("a bomb
#: hidden under a viaduct derailed a goods train").
_WRECKED = re.compile(r"derail|capsiz|overturn|sank|collid", re.IGNORECASE)
_WEAPON_SUBJECT = re.compile(
    r"\b(?:bombs?|explosives?|(?:explosive )?devices?|(?:land)?mines?|ieds?|charges?|rockets?|"
    r"missiles?|shells?|torpedo(?:es)?|grenades?)"
    r"(?:\s+(?!(?:was|were|is|are|been|being|found|discovered|defused|carrying|carried)\b)"
    # "an IED detonated beneath a rail bridge last night, derailing a train"
    r"[\w'-]+){0,6}?\s+$|\b(?:bombs?|(?:explosive )?devices?|ieds?|(?:land)?mines?|charges?)\s+"
    r"(?:exploded|detonated|went off|blew up)\b[^.;]{0,120},\s+$",
    re.IGNORECASE,
)
#: A text of at most this many sentences is one story: what it is about (a drill, a novel,
#: an outbreak, an animal, an accident, a research paper) holds for all its sentences.
_SHORT_STORY_SENTENCES = 4
_STORY_NEGATIONS = frozenset(
    {
        "NEG_FICTION", "NEG_DRILL", "NEG_ACCIDENT", "NEG_ANIMAL", "NEG_DISEASE", "NEG_SPORT",
        "NEG_SCIENCE",
    }
)  # fmt: skip
#: Old mines and shells that kill: ACLED's "Other", not an attack by anyone.
_REMNANTS = re.compile(
    r"remnants? of war|war remnants?|unexploded|laid (?:during|in) the|left over from",
    re.IGNORECASE,
)
_HUMAN_CROWD = re.compile(
    r"\b(?:crowds?|mobs?|residents|villagers|youths?|protesters|demonstrators|rioters|"
    r"people|fans|supporters|locals|students|workers|farmers)\b",
    re.IGNORECASE,
)
_ASSAILANT_WORDS = (
    r"gunm[ae]n|attackers?|assailants?|bandits?|kidnappers?|abductors?|armed (?:men|group)|"
    r"mobs?|rioters?|bombers?|snipers?"
)
_ASSAILANTS = re.compile(rf"\b(?:{_ASSAILANT_WORDS})\b", re.IGNORECASE)
#: Words that only count the dead and hurt ("seven were killed") or tell of a blast, not
#: who caused it: in a disaster story they are the disaster's.
_TOLL_WORDS = re.compile(
    r"(?:kill|died|dead|death|injur|wound|hurt|casualt|bod(?:y|ies)|toll|blast|explo)[\w-]*",
    re.IGNORECASE,
)
#: The zero-width hit of a short story that tells of a disaster or an accident.
_DISASTER_STORY = "NEG_DISASTER_STORY"
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")
_ARREST_WORDS = re.compile(r"arrest|detain|custody", re.IGNORECASE)
#: Words of a place taken by force ("overran the base", "stormed the town"): a withdrawal
#: told with them is the loser's retreat, not a peaceful handover.
_BY_FORCE = re.compile(r"overr[au]n|over ?ran|storm|by force|forcibly|rout", re.IGNORECASE)
#: Words of a place captured ("recaptured the port", "seized the crossing"): a withdrawal the
#: losers tell beside them is a retreat, unless the report says no fight was fought or that
#: the place was taken after its holders had left ("recaptured X after the army pulled out").
_CAPTURED = re.compile(r"captur|seiz|retook|retak|re-tak|regain|wrest", re.IGNORECASE)
_NO_FIGHT = re.compile(
    r"\b(?:without (?:a |any |firing a |a single )?(?:fight|resistance|shots?|bloodshed|"
    r"incident|casualties)|unopposed|no (?:fighting|resistance|clashes|shots)|"
    r"hand(?:ed|s|ing)? (?:it |them )?over|negotiated|peaceful(?:ly)?|under (?:a|the) "
    r"(?:[\w'-]+ )?(?:deal|agreement|accord)|after (?:[\w'-]+ ){0,4}?(?:had )?(?:withdr[ae]w\w*|"
    r"pulled (?:out|back)|retreated|left|abandoned|evacuated|fled)"
    # "seized the area following the withdrawal of Puntland forces"
    r"|(?:after|following|upon) (?:the |their |its )?(?:withdrawal|departure|pull-?out|retreat)"
    r")\b",
    re.IGNORECASE,
)
#: Words of an assault: a place taken after one was taken by force.
_ASSAULT = re.compile(r"\b(?:assault|attack|offensive|fighting|clash|battle|storm)", re.IGNORECASE)
#: Labels of cue rules that only inform the model: who the violence is aimed at (armed men
#: or civilians: a clash or an attack) and small arms (a clash rather than a shelling).
_CUE_LABELS = frozenset({"TARGET_ARMED", "TARGET_CIVILIAN", "SMALL_ARMS"})
_SPECIAL_LABELS = frozenset(
    {
        "EVENT", "TERRITORY", "NEG_DISASTER", "NEG_DISEASE", "NEG_CRIME", "NEG_FICTION",
        "NEG_DRILL", "NEG_ACCIDENT", "NEG_ANIMAL",
        "NEG_SPORT", "NEG_SCIENCE", "BLOCK",
    }
    | _CUE_LABELS
)  # fmt: skip
#: Sub-types ACLED codes only when no violence is reported with them ("killed three and
#: burnt houses" is an Attack, not Looting).
_SECONDARY_SUBS = frozenset(
    {s for s, t in SUB_EVENT_TYPES.items() if t == "Strategic developments"}
    | {"Abduction/forced disappearance"}
)
#: Sub-types that a crime story (theft, smuggling) makes non-political: police arrests and
#: thefts are ACLED events only when political.
_CRIME_VETOED = frozenset({"Arrests", "Looting/property destruction"})
#: Sub-types whose words a disaster story also uses (homes destroyed by a flood, a chlorine
#: leak, an explosion at a plant).
_DISASTER_VETOED = frozenset(
    {"Looting/property destruction", "Chemical weapon", "Remote explosive/landmine/IED", "EVENT"}
)
#: An epidemic kills and sickens, but it does not shoot, beat or abduct: in a story about one
#: (lockdowns, curfews, masks) only the death and injury words are the disease's.
_DISEASE_WORDS = re.compile(
    r"kill|dead|die|death|fatal|casualt|wound|injur|(?:cost|claim|took|tak|lost|losing)\w* "
    r"(?:the |their )?lives",
    re.IGNORECASE,
)
#: A crime word that is an accusation against the victim ("killed after being accused of
#: theft", "executed five for smuggling") does not make a killing a crime story.
_ACCUSED_OF = re.compile(
    r"\b(?:accus\w*|suspect\w*|convict\w*|charg\w*|guilty|punish\w*) (?:[\w'-]+ ){0,2}"
    r"(?:of|for|with)(?: (?:alleged|allegedly|the|a|an))?\s*$|\bfor (?:alleged |allegedly )?$|"
    # "a mob burned alive a suspected thief": the victim's label, not the story's crime
    r"\b(?:suspected|alleged|presumed|accused|would-be) (?:[\w'-]+ )?$",
    re.IGNORECASE,
)
#: Armed groups and armies as perpetrators: their violence is political, whatever else the
#: story tells (a militant who robs a merchant, forces who kill a woman and her husband).
_ARMED_WORDS = (
    r"militants?|insurgents?|rebels?|jihadists?|fighters|militias?|militiamen|guerrillas?|"
    r"troops|soldiers|army|armed forces|military|coast ?guards?|navy|naval forces|"
    r"(?:non-state )?armed groups?|self-defen[cs]e (?:groups?|militias?|forces|units)|NSAGs?"
)
_ARMED_ACTOR = re.compile(
    rf"\b(?:{_ARMED_WORDS}|(?<!police )(?<!security )forces)\b", re.IGNORECASE
)
#: An armed actor or assailant right before a violence word, as its subject ("the air force
#: killed 14 militants", "gunmen shot two"; not "14 soldiers were killed"): the killing is
#: theirs, whatever flood or storm the story also tells of.
_AGENT_BEFORE = re.compile(
    rf"\b(?:{_ARMED_WORDS}|{_ASSAILANT_WORDS}|forces|air ?force|navy|police(?:m[ae]n)?|"
    r"terrorists?)"
    # the group's name: "militants of the Red Dune Front attacked"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
    r"(?:\s+(?!(?:was|were|been|being|is|are|be|by|from|in|of|said|says|say|told|reported|"
    r"confirmed|added|stated|rescued|evacuated|found|recovered)\b)[\w'-]+){0,3}?\s+$",
    re.IGNORECASE,
)
#: The same actor named after a passive violence word, as its agent ("the flood-prevention
#: team and its guards were attacked by an armed group"): the attack is theirs.
_AGENT_AFTER = re.compile(
    r"\s+by\s+(?:an?\s+|the\s+|some\s+|several\s+|\d+\s+)?(?:[\w'-]+\s+){0,2}?"
    rf"(?:{_ARMED_WORDS}|{_ASSAILANT_WORDS}|armed (?:groups?|men)|terrorists?)\b",
    re.IGNORECASE,
)
#: The violence words a perpetrator does (not "dead" or "injured", which a flood also leaves;
#: not "stormed", which a storm does).
_AGENT_VERBS = re.compile(
    r"kill|murder|assassinat|execut|behead|slaughter|massacr|stab|hack|shot|shoot|gunned|beat|"
    r"tortur|lynch|attack|assault|ambush|raid|abduct|kidnap",
    re.IGNORECASE,
)
#: Words that ban what follows them: "a ban on protests", "banned all rallies and".
_BANNED = re.compile(
    r"\b(?:bans?|banned|banning|prohibit\w*|outlaw\w*|forb[ai]d\w*)(?: on)?(?: all| any)?"
    r"(?: public| street| political)?(?: [\w-]+s and)? $",
    re.IGNORECASE,
)
#: Arson by an armed group, and the words for the fire it set.
_ARSON = re.compile(r"fire|torch|burn|ablaze", re.IGNORECASE)
_FIRE_WORDS = re.compile(r"blaze|caught fire|fire broke out|(?:house|home|building) fires?", re.I)
#: Police who shoot, beat or torture someone: state violence, which ACLED codes whatever
#: crime the victim is said to have committed ("police shot dead a suspected thief", "a
#: vendor was beaten by police officers").
_POLICE_WORDS = r"police(?:m[ae]n|wom[ae]n)?|police officers?|policem[ae]n|gendarmes?"
_POLICE_HARM = r"shot|killed|beat|beaten|tortured|kicked|slapped|punched|whipped|flogged|assaulted"
_POLICE_VIOLENCE = re.compile(
    rf"\b(?:{_POLICE_WORDS})\b"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:fatally|allegedly|reportedly)\s+)?"
    rf"(?:{_POLICE_HARM}|opened fire|gunned down)\b"
    rf"|\b(?:{_POLICE_HARM}) (?:[\w'-]+ ){{0,2}}?by (?:the )?(?:[\w'-]+ )?(?:{_POLICE_WORDS})\b",
    re.IGNORECASE,
)
#: Groups whose fights ACLED codes as communal violence, not crime, whatever they fight over
#: ("members of the X community stabbed a man over a land dispute").
_COMMUNAL = re.compile(
    r"\bmembers? of (?:the |a |an |two |rival )*(?:[\w'-]+ ){0,2}?(?:communit(?:y|ies)|"
    r"(?:sub-?)?clans?|tribes?|castes?|ethnic groups?)\b|\b(?:clansmen|tribesmen|herders|"
    r"herdsmen|pastoralists|(?:inter-?)?communal|rival (?:clans|communities|tribes|villages))\b",
    re.IGNORECASE,
)
#: Journalists beaten, shot or abducted: an attack on the press, even by a smuggling ring.
_PRESS = r"(?:photo)?journalists?|reporters?|cameram[ae]n|correspondents?|media workers?"
_HARM = (
    r"assault\w*|attack\w*|beat(?:en|ing)?|stabb\w*|shot|shoot\w*|kill\w*|murder\w*|hack\w*|"
    r"tortur\w*|abduct\w*|kidnapp\w*|injur\w*|wound\w*|lynch\w*|kick\w*|slapp\w*|punch\w*|"
    r"manhandl\w*"
)
_PRESS_VICTIM = re.compile(
    rf"\b(?:{_PRESS})\b(?: [\w'-]+){{0,4}}? (?:was|were|has been|have been|had been|got) "
    rf"(?:\w+ly )?(?:{_HARM})\b|\b(?:{_HARM})\b(?: [\w'-]+){{0,3}}? (?:{_PRESS})\b",
    re.IGNORECASE,
)
#: A crowd that catches someone: the crime words that follow name what he is taken for
#: ("villagers captured a suspected thief and beat him"), which makes it mob justice.
_CAUGHT_BY_CROWD = re.compile(
    r"\b(?:crowds?|residents|villagers|locals|members of the public|youths|mobs?|neighbou?rs|"
    r"community members|passers-?by|vigilantes|people|citizens|inhabitants|townspeople) "
    r"(?:[\w'-]+ ){0,5}?(?:caught|captured|apprehended|seized|"
    r"nabbed|grabbed|cornered|chased down) (?:[\w'-]+ ){0,3}$",
    re.IGNORECASE,
)
#: Words for violence in general: after "denounce" or "against" they are what a protest is
#: about ("a sit-in to demand peace and denounce the violence"), not a riot.
_GENERIC_VIOLENCE = re.compile(r"violen(?:ce|t)|unrest|chaos|mayhem", re.IGNORECASE)
_OPPOSED = re.compile(
    r"\b(?:denounc\w*|condemn\w*|decr(?:y|ie[sd]|ying)|deplor\w*|against|end to|stop|halt)"
    r" (?:[\w'-]+ ){0,3}?$",
    re.IGNORECASE,
)
#: A blocking word this many words or fewer before a trigger blocks it (no parse at hand).
_BLOCK_WINDOW_WORDS = 6
_STATE_WORDS = (
    # "the Varkhal Liberation Army", "a People's Resistance Army": a rebel group's name
    r"(?<!liberation )(?<!revolutionary )(?<!resistance )(?<!freedom )(?<!salvation )"
    r"(?<!insurgent )(?<!rebel )army|armed forces|troops|soldiers|government|gov't|"
    r"security forces|military|police|"
    r"regime|national guard|pro-government|state forces|federal forces|marines|gendarmes?|"
    r"(?<!rebel )(?<!opposition )(?<!insurgent )(?<!militia )(?<!jihadist )forces"
)
_REBEL_WORDS = (
    r"rebels?|militants?|insurgents?|jihadists?|fighters|militias?|militiamen|guerrillas?|"
    r"terrorists?|gunmen|extremists?|separatists?|opposition|armed groups?|group|"
    r"(?:liberation|revolutionary|resistance|freedom|salvation|insurgent|rebel) army"
)
_ACTOR_CUE = re.compile(
    rf"\b(?:(?P<state>{_STATE_WORDS})|(?P<rebel>{_REBEL_WORDS}))\b", re.IGNORECASE
)
_BY_CUE = re.compile(
    rf"^\W*(?:[\w'-]+\W+){{0,2}}?by (?:the )?(?:[\w'-]+ ){{0,3}}?"
    rf"(?:(?P<state>{_STATE_WORDS})|(?P<rebel>{_REBEL_WORDS}))\b",
    re.IGNORECASE,
)
_FROM_CUE = re.compile(
    rf"^\W*(?:[\w'-]+\W+){{0,8}}?from (?:the )?(?:[\w'-]+ ){{0,3}}?"
    rf"(?:(?P<state>{_STATE_WORDS})|(?P<rebel>{_REBEL_WORDS}))\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,:]\d+)*")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n\s*\n")
#: Acronyms that name weapons or tactics, not actors: kept by the masking.
_KEEP_ACRONYMS = frozenset(
    {"ied", "ieds", "vbied", "vbieds", "svbied", "rpg", "rpgs", "uav", "uavs"}
)
#: Speech and intent verbs: a trigger below one of them in the parse is talk, not an event.
_BLOCK_LEMMAS = frozenset(
    {
        "condemn", "denounce", "deplore", "threaten", "warn", "vow", "urge", "demand", "deny",
        "reject", "accuse", "blame", "criticize", "criticise", "praise", "welcome", "discuss",
        "debate", "propose", "plan", "consider", "mourn", "commemorate", "sanction", "expel",
        "negotiate", "fear", "pledge", "promise", "call", "intend", "seek", "aim", "prepare",
        "investigate", "probe", "mark", "remember", "recall", "allege", "dismiss", "express",
        "condolence", "tribute", "ready", "want", "hope",
        # readiness, works that tell of violence, remembrance, talks about a deal
        "prepared", "poised", "willing", "depict", "portray", "recount", "dramatize",
        "supply", "ultimatum", "train", "shipment", "consignment",
        "vigil", "document",
        # mourning and honouring the dead of an earlier event; buying arms
        "funeral", "honour", "honor", "buy", "purchase", "acquire", "procure",
        "dramatise", "story", "memorial", "anniversary", "remembrance", "commemoration",
        "monument", "talk", "negotiation", "negotiator", "progress", "draft",
        # models and scenarios of what an attack would do; a speech that refers to one
        "model", "simulate", "imagine", "envisage", "scenario", "refer",
        # a joke about shooting at the talks
        "joke", "quip", "jest",
        # remarks about retaking lost land
        "remark", "comment", "rhetoric", "explain",
        # a witness's testimony in court: what they saw happened long before
        "testify", "testimony",
    }
)  # fmt: skip
#: Verbs of a witness in court: a quote they end is testimony about the past.
_TESTIFY_LEMMAS = frozenset({"testify"})
#: Subordinators of a condition: what follows them has not happened.
_CONDITIONS = frozenset({"if", "unless", "lest"})
#: Words of mourning and honouring: the dead they name were news in an earlier report.
_MOURNING = frozenset(
    {
        "condolence", "mourn", "funeral", "tribute", "vigil", "memorial", "honour", "honor",
        "commemorate", "remember", "recall", "anniversary", "remembrance", "bury", "grieve",
    }
)  # fmt: skip
#: Verbs of finding out: what they find, dated to this week, happened ("investigators
#: documented the rape of 12 women last week").
_FINDING_LEMMAS = frozenset({"document", "investigate", "probe", "record", "verify"})
#: Verbs that give a name to what happened: "condemned what it called a gas strike on the
#: village yesterday" tells of a dated event under the speaker's label.
_NAMING_LEMMAS = frozenset({"call", "term", "describe", "dub", "label"})
#: A date of the last days ("Tuesday's ambush", "on Thursday night", "last week").
_RECENT_DAY = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|overnight|last (?:week|night|"
    r"weekend)|this (?:week|morning|afternoon|evening)|earlier (?:this|in the) (?:week|month|day)|"
    r"earlier today)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DecisionParams:
    """How lexicon and model are combined (set by cross-validation on train.jsonl)."""

    #: added to a sub-type's model probability when a strong trigger names it; the model
    #: already weighs trigger features of sub-types it saw often, rare ones lean on rules
    strong_bonus: float = 0.4
    strong_bonus_common: float = 0.4
    common_min_examples: int = 40
    weak_bonus: float = 0.1
    decisive_bonus: float = 1.0
    #: subtracted from a sub-type whose words give way to a more specific reading
    override_penalty: float = 0.0
    #: the bonus shrinks by this share of the model's top probability (a sure model wins)
    confident_damp: float = 0.0
    #: bonus factor for strategic sub-types and abductions when violence is also reported
    secondary_factor: float = 0.25
    #: texts with no trigger are coded from the model alone only when it is this sure
    model_only_min: float = 0.55


ClassifierDataError = DataTableError  # this module's name for it


@dataclass(frozen=True)
class Typing:
    """One event typing: ACLED type and sub-type, a 0..1 score and the trigger words."""

    event_type: str
    sub_event_type: str
    score: float
    trigger: tuple[int, int] | None


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon line."""

    label: str
    kind: _RuleKind
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    #: the same regex without IGNORECASE, for lower-cased text (twice as fast)
    lower_pattern: re.Pattern[str] | None = None
    #: what a match can start with (up to 3 characters of a word); None: anything
    prefixes: frozenset[str] | None = None
    #: words one of which every match contains (in lower case); None: not known
    needs: frozenset[str] | None = None


@dataclass(frozen=True)
class TriggerHit:
    """A lexicon match; offsets are into the text the lexicon was run on."""

    label: str
    kind: _RuleKind
    start: int
    end: int
    blocked: bool = False
    #: the words of the trigger verb's subject (or passive agent), where a parse gave them
    subject: str = ""
    #: a strategic development told as the setting of violence ("killed a fisherman who broke
    #: the curfew", "a drone struck a training camp"): no event of its own
    backdrop: bool = False


#: lower-cased sentences whose rule matches ``TriggerLexicon`` keeps
_MATCHES_CACHE_SIZE = 2048
#: (rule index, match spans) of the rules that match a text, in rule order
_RuleMatches = tuple[tuple[int, tuple[tuple[int, int], ...]], ...]


class TriggerLexicon:
    """The trigger rules, compiled once, with a combined prefilter for the cheap path."""

    def __init__(self, rules: Sequence[TriggerRule]) -> None:
        self.rules = tuple(rules)
        triggers = [r.pattern.pattern for r in self.rules if r.kind in _TRIGGER_KINDS]
        self._any_trigger = re.compile("|".join(f"(?:{p})" for p in triggers))
        # the rules each word start can begin (a prefix index), and those that always run
        by_prefix: dict[str, list[int]] = {}
        always: list[int] = []
        for i, rule in enumerate(self.rules):
            if rule.prefixes is None:
                always.append(i)
            else:
                for p in rule.prefixes:
                    by_prefix.setdefault(p, []).append(i)
        self._always = frozenset(always)
        self._by_prefix = {p: tuple(ids) for p, ids in by_prefix.items()}
        self._is_trigger = tuple(r.kind in _TRIGGER_KINDS for r in self.rules)
        self._all_lower = all(r.lower_pattern is not None for r in self.rules)
        #: the rules' matches in a lower-cased sentence, kept for the sentences seen last
        #: (one sentence is searched by several stages)
        self._matches_cache: dict[str, _RuleMatches] = {}

    @classmethod
    def load(cls) -> TriggerLexicon:
        """Read ``data/event_triggers.tsv`` from the package."""
        try:
            text = (
                resources.files("eventwire")
                .joinpath("data/event_triggers.tsv")
                .read_text(encoding="utf-8")
            )
        except OSError as exc:
            raise ClassifierDataError(f"cannot read the event trigger lexicon: {exc}") from exc
        return cls.parse(text)

    @classmethod
    def parse(cls, text: str) -> TriggerLexicon:
        """Build a lexicon from TSV lines ``LABEL<TAB>KIND<TAB>REGEX``."""
        rules: list[TriggerRule] = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) not in (3, 4):
                raise ClassifierDataError(f"event_triggers.tsv:{lineno}: expected 3 or 4 columns")
            label, kind, regex = parts[:3]
            if kind not in _KINDS:
                raise ClassifierDataError(f"event_triggers.tsv:{lineno}: unknown kind {kind!r}")
            if label not in SUB_EVENT_TYPES and label not in _SPECIAL_LABELS:
                raise ClassifierDataError(f"event_triggers.tsv:{lineno}: unknown label {label!r}")
            try:
                if re.search(r"(?<!\\)[A-Z]", regex + "".join(parts[3:])):
                    raise ClassifierDataError(
                        f"event_triggers.tsv:{lineno}: write patterns in lower case"
                    )
                source = r"\b(?:" + regex + ")"
                req = parts[3] if len(parts) == 4 else None
                rule = TriggerRule(
                    label,
                    kind,  # type: ignore[arg-type]
                    re.compile(source, re.IGNORECASE),
                    re.compile(req, re.IGNORECASE | re.DOTALL) if req else None,
                    re.compile(source),
                    _start_prefixes(source),
                    _needed_words(source),
                )
            except re.error as exc:
                raise ClassifierDataError(f"event_triggers.tsv:{lineno}: {exc}") from exc
            rules.append(rule)
        return cls(rules)

    def has_trigger(self, text: str) -> bool:
        """Whether any event trigger occurs in ``text`` (REQUIRES not checked)."""
        low = text.lower()
        if len(low) != len(text) or not self._all_lower:
            return self._any_trigger.search(low) is not None
        return any(self._is_trigger[i] for i, _ in self._lower_matches(low))

    def _lower_matches(self, low: str) -> _RuleMatches:
        """Each rule's match spans in the lower-cased ``low``, for the rules that match, in
        rule order, REQUIRES not checked; only the rules whose prefixes start a word of
        ``low`` are tried."""
        cached = self._matches_cache.get(low)
        if cached is not None:
            return cached
        starts = {
            low[m.start() : m.start() + n] for m in _WORD_START.finditer(low) for n in (1, 2, 3)
        }
        candidates = set(self._always)
        for start in starts:
            ids = self._by_prefix.get(start)
            if ids is not None:
                candidates.update(ids)
        found: list[tuple[int, tuple[tuple[int, int], ...]]] = []
        for i in sorted(candidates):
            rule = self.rules[i]
            if rule.lower_pattern is None:
                pattern = rule.pattern
            elif rule.needs is not None and not any(map(low.__contains__, rule.needs)):
                continue  # a word every match has is not in the text
            else:
                pattern = rule.lower_pattern
            spans = tuple(m.span() for m in pattern.finditer(low))
            if spans:
                found.append((i, spans))
        result = tuple(found)
        if len(self._matches_cache) >= _MATCHES_CACHE_SIZE:
            self._matches_cache.clear()
        self._matches_cache[low] = result
        return result

    def find_in_text(self, text: str) -> list[TriggerHit]:
        """All rule matches in a multi-sentence text without a parse (offsets into ``text``).

        A rule's REQUIRES words may be in any sentence of the text: "police detained seven"
        is an intervention when the report is about a protest.
        """
        hits: list[TriggerHit] = []
        for start, end in _split_sentences(text):
            for h in self.find(text[start:end], context=text):
                hits.append(replace(h, start=h.start + start, end=h.end + start))
        return hits

    def find(
        self, text: str, *, sent: Span | None = None, context: str | None = None
    ) -> list[TriggerHit]:
        """All rule matches in ``text``, with speech-blocked triggers marked.

        With ``sent`` (whose text is ``text``), a trigger is blocked when a speech or
        intent verb governs it in the dependency parse; without it, when a blocking word
        comes shortly before it in the same sentence. A rule's REQUIRES pattern is looked
        for in ``context`` (the whole report the sentence is part of) where given, else in
        ``text``.
        """
        raw: list[TriggerHit] = []
        low = text.lower()
        # lower() keeps offsets except for a few letters (Turkish dotted I): then match as is
        matches: Iterable[tuple[int, tuple[tuple[int, int], ...]]] = (
            self._lower_matches(low)
            if len(low) == len(text)
            else (
                (i, tuple(m.span() for m in rule.pattern.finditer(text)))
                for i, rule in enumerate(self.rules)
            )
        )
        scope = text if context is None else context
        for i, spans in matches:
            rule = self.rules[i]
            if not spans or (rule.requires is not None and rule.requires.search(scope) is None):
                continue
            for start, end in spans:
                raw.append(TriggerHit(rule.label, rule.kind, start, end))
        if sent is not None:
            # the parse checks below give the same answer each time a stage asks again
            memo: dict[object, tuple[TriggerHit, ...]] = sent.doc.user_data.setdefault(
                "eventwire_trigger_hits", {}
            )
            key = (sent.start, sent.end, tuple(raw))
            done = memo.get(key)
            if done is None:
                done = tuple(self._settle(text, raw, sent))
                memo[key] = done
            return list(done)
        return self._settle(text, raw, None)

    @staticmethod
    def _settle(text: str, raw: list[TriggerHit], sent: Span | None) -> list[TriggerHit]:
        """``find``'s raw matches with the talk-blocked ones marked, in text order."""
        blocks = [h for h in raw if h.kind == "block"]
        triggers = [h for h in raw if h.kind in _TRIGGER_KINDS]
        out: list[TriggerHit] = []
        for hit in raw:
            if hit.kind in _TRIGGER_KINDS and _inside_other(hit, triggers):
                continue
            if hit.kind in _TRIGGER_KINDS and _blockable(hit.label):
                blocked = any(b.start < hit.end and hit.start < b.end for b in blocks) or (
                    _blocked_by_parse(sent, hit)
                    if sent is not None
                    else _blocked_by_window(text, hit, blocks)
                )
                if blocked:
                    hit = TriggerHit(hit.label, hit.kind, hit.start, hit.end, blocked=True)
            elif hit.kind in _TRIGGER_KINDS and sent is not None and _talk_about_protest(sent, hit):
                hit = TriggerHit(hit.label, hit.kind, hit.start, hit.end, blocked=True)
            if hit.label == "TERRITORY" and sent is not None:
                hit = TriggerHit(
                    hit.label, hit.kind, hit.start, hit.end, hit.blocked, _subject_of(sent, hit)
                )
            out.append(hit)
        if sent is not None:
            out = _mark_backdrops(sent, out)
        out.sort(key=lambda h: (h.start, h.end))
        return out


#: Links by which a word is the doer of its clause's act ("a drone strike hit", "a suicide
#: bomber had struck").
_DOER_DEPS = frozenset({"compound", "amod", "nsubj", "nsubjpass", "agent"})
#: Links that join another clause: what lies beyond one is not the act's own setting.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "parataxis", "ROOT"})
#: Links from an act to its setting: its object (the victim, the target) or a phrase on it.
_SETTING_DEPS = frozenset({"dobj", "prep", "dative"})


def load_weights(filename: str, what: str) -> dict[str, npt.NDArray[Any]]:
    """The arrays of a model shipped as ``data/<filename>`` (numpy, no pickle)."""
    try:
        ref = resources.files("eventwire").joinpath("data", filename)
        with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
    except (OSError, ValueError) as exc:
        raise ClassifierDataError(f"cannot read {what}: {exc}") from exc


def _violent_act(sent: Span, hit: TriggerHit) -> Token | None:
    """The verb of the clause whose act the violent trigger is (the verb itself, or its doer)."""
    if hit.blocked or hit.kind not in _TRIGGER_KINDS:
        return None
    text = sent.text
    if hit.label == "EVENT":
        if hit.kind != "weak" or not _AGENT_VERBS.match(text, hit.start, hit.end):
            return None
    elif hit.kind not in _STRONG_KINDS or SUB_EVENT_TYPES.get(hit.label) not in _VIOLENT_TYPES:
        return None
    cur = _hit_head(sent, hit)
    for _ in range(6):
        if cur is None or cur.pos_ == "VERB":
            return cur
        if cur.dep_ not in _DOER_DEPS and not (cur.dep_ == "pobj" and cur.head.dep_ == "agent"):
            return None
        cur = cur.head
    return None


def _mark_backdrops(sent: Span, hits: list[TriggerHit]) -> list[TriggerHit]:
    """Strategic developments told as the setting of a violent act: the victim or target it
    names ("shot a fisherman who had broken the curfew", "hacked to death five displaced
    people", "a drone strike hit a training camp") or what it came despite ("despite a peace
    agreement signed last month, missiles struck"). ACLED codes them only where no violence
    is reported with them."""
    acts = {v for v in (_violent_act(sent, h) for h in hits) if v is not None}
    if not acts:
        return hits
    out: list[TriggerHit] = []
    for hit in hits:
        if (
            hit.kind in _STRONG_KINDS
            and not hit.blocked
            and SUB_EVENT_TYPES.get(hit.label) == "Strategic developments"
            and hit.label != "Disrupted weapons use"
        ):
            cur = _hit_head(sent, hit)
            below = cur
            for _ in range(10):
                if cur is None or cur in acts or cur.dep_ in _CLAUSE_DEPS:
                    break
                below, cur = cur, cur.head
            if (
                cur is not None
                and cur in acts
                and below is not None
                and below != cur
                and below.dep_ in _SETTING_DEPS
                and not _REMNANTS.search(sent.text, hit.start, hit.end)
            ):
                hit = replace(hit, backdrop=True)
        out.append(hit)
    return out


_PREFIX_LEN = 3
_WORD_START = re.compile(r"\b\w")


def _start_prefixes(regex: str) -> frozenset[str] | None:
    """The strings (up to 3 characters) every match of ``regex`` starts with, or None.

    Lets ``TriggerLexicon.find`` skip the rules whose words are not in a sentence; any
    construct it does not follow makes the answer None (the rule always runs). Reads the
    standard library's regex parser, and falls back to None if that ever changes.
    """
    try:
        parser = importlib.import_module("re._parser")
        consts = importlib.import_module("re._constants")
        items = list(parser.parse(regex))
        done, open_ = _extend_prefixes({""}, items, consts)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, re.error):
        return None
    found = done | open_
    if not found or any(not p or not (p[0].isalnum() or p[0] == "_") for p in found):
        return None
    return frozenset(found)


def _extend_prefixes(partials: set[str], items: list[Any], c: Any) -> tuple[set[str], set[str]]:
    """Walk a parsed regex: (finished prefixes, prefixes still open at its end)."""
    done = {p for p in partials if len(p) >= _PREFIX_LEN}
    cur = {p for p in partials if len(p) < _PREFIX_LEN}
    for op, av in items:
        if not cur:
            break
        if len(cur) > 400:
            return done | cur, set()
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            cur = {p + chr(av) for p in cur}
        elif op is c.IN:
            chars = _charset(av, c)
            if chars is None:
                return done | cur, set()
            cur = {p + ch for p in cur for ch in chars}
        elif op is c.BRANCH:
            nxt: set[str] = set()
            for alt in av[1]:
                f, o = _extend_prefixes(cur, list(alt), c)
                done |= f
                nxt |= o
            cur = nxt
        elif op is c.SUBPATTERN:
            f, cur = _extend_prefixes(cur, list(av[3]), c)
            done |= f
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            f, o = _extend_prefixes(cur, list(sub), c)
            done |= f
            if lo == 0 and hi == 1:
                cur = cur | o  # optional: with or without it
            elif lo == 0:
                done |= o
            elif hi == 1:
                cur = o
            else:
                return done | o, set()
        else:
            return done | cur, set()
        done |= {p for p in cur if len(p) >= _PREFIX_LEN}
        cur = {p for p in cur if len(p) < _PREFIX_LEN}
    return done, cur


def _needed_words(regex: str) -> frozenset[str] | None:
    """Strings one of which every match of ``regex`` contains, or None where not known.

    Lets ``TriggerLexicon.find`` skip a rule whose prefix is in a sentence but whose
    words are not ("intense" for "(?:heavy |intense )?fighting broke out"). Reads the
    standard library's regex parser, and falls back to None if that ever changes.
    """
    try:
        parser = importlib.import_module("re._parser")
        consts = importlib.import_module("re._constants")
        found = _sequence_needs(list(parser.parse(regex)), consts)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, re.error):
        return None
    if not found or any(not w for w in found):
        return None
    return frozenset(found)


def _sequence_needs(items: list[Any], c: Any) -> set[str] | None:
    """The best set of strings one of which a match of the parsed sequence contains."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        sub: set[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # no inline flags
            sub = _sequence_needs(list(av[3]), c)
        elif op is c.BRANCH:
            alts = [_sequence_needs(list(alt), c) for alt in av[1]]
            if all(a is not None for a in alts):
                sub = set().union(*(a for a in alts if a is not None))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            sub = _sequence_needs(list(av[2]), c)
        if sub:
            options.append(sub)
    if run:
        options.append({run})
    if not options:
        return None
    # the surest filter: the longest shortest string, then the fewest strings
    return max(options, key=lambda o: (min(len(w) for w in o), -len(o)))


def _charset(av: list[Any], c: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, val in av:
        if op is c.LITERAL:
            chars.add(chr(val))
        elif op is c.RANGE and val[1] - val[0] < 26:
            chars.update(chr(x) for x in range(val[0], val[1] + 1))
        else:
            return None
    return chars if len(chars) <= 30 else None


def _inside_other(hit: TriggerHit, triggers: Sequence[TriggerHit]) -> bool:
    """A trigger inside a longer strong trigger of another label gives way to it."""
    return any(
        g.kind in _STRONG_KINDS
        and g.label != hit.label
        and g.start <= hit.start
        and hit.end <= g.end
        and g.end - g.start > hit.end - hit.start
        for g in triggers
    )


def _move_belief(probs: Mapping[str, float], source: str, target: str) -> dict[str, float]:
    """``probs`` with the probability of ``source`` added to ``target`` (``source`` at 0)."""
    return {**probs, target: probs.get(target, 0.0) + probs.get(source, 0.0), source: 0.0}


def _blockable(label: str) -> bool:
    return SUB_EVENT_TYPES.get(label, "") not in _UNBLOCKABLE_TYPES


def _blocked_by_window(text: str, hit: TriggerHit, blocks: Sequence[TriggerHit]) -> bool:
    for b in blocks:
        if b.end <= hit.start:
            between = text[b.end : hit.start]
            if re.search(r"[.;!?]", between):
                continue
            if len(between.split()) <= _BLOCK_WINDOW_WORDS:
                return True
    return False


def _hit_head(sent: Span, hit: TriggerHit, *, prefer_verb: bool = False) -> Token | None:
    """The trigger words' head in the parse; with ``prefer_verb``, their verb where the parse
    splits them ("troops and rebels were fighting", with "troops" read as another clause's)."""
    base = sent.start_char
    tokens = [t for t in sent if t.idx - base < hit.end and t.idx + len(t.text) - base > hit.start]
    if not tokens:
        return None
    tops = [t for t in tokens if t.head not in tokens or t.head == t]
    if prefer_verb:
        return next((t for t in tops if t.pos_ == "VERB"), tops[0] if tops else tokens[0])
    return tops[0] if tops else tokens[0]


def _subject_of(sent: Span, hit: TriggerHit) -> str:
    """The subject (or passive agent) of the verb a trigger starts with."""
    base = sent.start_char
    inside = [t for t in sent if hit.start <= t.idx - base < hit.end]
    verb = next((t for t in inside if t.pos_ == "VERB"), inside[0] if inside else None)
    if verb is None:
        return ""
    # the passive agent ("captured by the rebels") names the taker; else the subject
    for dep in ("agent", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep:
                head = next((t for t in child.children if t.dep_ == "pobj"), child)
                return head.text + " | " + " ".join(t.text for t in child.subtree)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
        for child in verb.head.children:
            if child.dep_ == "nsubj":
                return child.text + " | " + " ".join(t.text for t in child.subtree)
    return ""


#: Subordinators of a clause that tells what happened, not what is said or intended:
#: "vowed to press on as 17 were killed", "condemned ... after gunmen killed five".
_FACTUAL_MARKS = frozenset({"as", "after", "while", "when", "since", "amid", "following"})


def factual_clause(tok: Token) -> bool:
    """Whether ``tok`` heads an adverbial clause that reports a fact ("as 17 were killed").

    Headlines drop the auxiliary ("as 17 killed"), and the parser then reads "as" as a
    preposition whose object has the verb as a modifier: that counts as the clause too.
    """
    if tok.dep_ == "advcl":
        return any(
            c.dep_ in ("mark", "prep", "advmod") and c.lower_ in _FACTUAL_MARKS
            for c in tok.children
        )
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in _FACTUAL_MARKS
        and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in tok.children)
    )


def _blocked_by_parse(sent: Span, hit: TriggerHit) -> bool:
    return _blocking_verb(sent, hit) is not None


#: Nouns of talk that a light verb takes ("made progress on a prisoner swap", "held talks on
#: a ceasefire"): what follows them is negotiated, not done.
_TALK_NOUNS = frozenset({"progress", "talk", "talks", "negotiation", "discussion", "proposal"})
#: Who protests: a speech verb whose subject is one of these is itself the protest.
_PROTESTERS = re.compile(
    r"\b(?:protest|demonstrat|rall|march|strik|crowd|activist|student|worker|supporter|"
    r"villager|resident|trader|farmer|teacher|union|thousands|hundreds|dozens)",
    re.IGNORECASE,
)


def _blocking_verb(sent: Span, hit: TriggerHit) -> Token | None:
    """The speech or intent word above a trigger in the parse, if any."""
    head = _hit_head(sent, hit, prefer_verb=True)
    if head is None:
        return None
    # headlines joined by ";" are parsed as one sentence: a verb in another one is no cover
    text = sent.text
    base = sent.start_char
    prev_cut = text.rfind(";", 0, hit.start)
    next_cut = text.find(";", hit.end)
    lo = base + prev_cut if prev_cut >= 0 else -1
    hi = base + next_cut if next_cut >= 0 else 1 << 60
    if factual_clause(head):
        return None
    below = head
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause_verb(head).children):
        return head  # "to come to the other's aid if attacked": a condition, not an event
    told = _tells_past(head)
    for depth, anc in enumerate(head.ancestors):
        if depth >= 6 or not lo < anc.idx < hi:
            break
        lemma = anc.lemma_.lower()
        if lemma == "funeral" and hit.kind == "decisive":
            pass  # "funerals for 28 killed in a suicide bombing": the bombing is news
        elif lemma == "allege" and below.dep_ == "ccomp":
            pass  # "soldiers executed three men, relatives alleged": reported news
        elif lemma in _BLOCK_LEMMAS:
            if _news_below_talk(sent, anc, below, head, told=told):
                return None
            return anc
        if below.dep_ == "prep" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TALK_NOUNS for c in anc.children
        ):
            return anc
        # reported speech ("officials said gunmen killed five") is news, not talk
        if anc.dep_ == "ROOT" or factual_clause(anc):
            break
        told = told or _tells_past(anc)
        below = anc
    # "'They fired at everyone,' a survivor testified": the parse hangs the witness's verb
    # under the quote's; testimony tells of what happened long before
    root = sent.root
    return next(
        (
            c
            for c in root.children
            if c.dep_ in ("ccomp", "parataxis")
            and c.lemma_.lower() in _TESTIFY_LEMMAS
            and c.i > head.i
            and (root == head or root.is_ancestor(head))
        ),
        None,
    )


def _tells_past(tok: Token) -> bool:
    """A relative clause or participle that tells what happened: "(the ambush,) in which
    gunmen killed four", "(the girls) kidnapped from their dormitory"."""
    if tok.dep_ not in ("relcl", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "acl" and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children):
        return False  # "reports that troops killed five", "plans to attack": no fact told
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ not in ("had", "has", "have") for c in tok.children)


#: A time before this year that an event noun carries itself ("last year's bombing"):
#: whatever date the sentence gives elsewhere, that event is old.
_OWN_PAST = re.compile(
    r"\b(?:(?:last|previous|past) (?:year|decade)|(?:a|one|two|three|\d+) years? ago)\b",
    re.IGNORECASE,
)


def told_recent_event(head: Token, top: Token, *, told: bool = False) -> bool:
    """The event ``head`` stands for, under ``top`` (a talk or intent word), is told as a
    fact of the last days: "condemned Tuesday's ambush, in which gunmen killed four",
    "vowed to hunt down those behind Saturday's bombing, in which a device killed a judge",
    "called for the release of the girls kidnapped on Thursday night".

    ``told``: the walk up from ``head`` already passed such a clause.
    """
    if any(t.lemma_.lower() in _MOURNING for t in (top, *top.children)):
        return False  # "condolences to the families of the soldiers killed last week": told before
    if not told:
        cur = head
        for _ in range(12):
            if cur == top or cur.head == cur:
                break
            if _tells_past(cur):
                told = True
                break
            cur = cur.head
    noun: Token | None = head
    if head.pos_ not in ("NOUN", "PROPN") and head.dep_ in ("acl", "advcl"):
        # "condemned the assault that struck a bus station on Friday, killing 11": the
        # participle's event noun is what the clause tells of
        noun = head.head if head.head.pos_ in ("NOUN", "PROPN") else None
    elif head.pos_ not in ("NOUN", "PROPN"):
        noun = None
    if noun is not None and _OWN_PAST.search(
        " ".join(t.text for left in noun.lefts for t in left.subtree)
    ):
        return False  # "condemned last year's bombing, in which 42 died": an old event
    if not told and noun is not None:
        # the event noun and what the clause after it tells of it ("the ambush near X, in
        # which ..."), the clause under the same talk word
        told = any(_tells_past(t) and top in t.ancestors for t in noun.sent if t.i > noun.i)
    if not told:
        return False
    doc = head.doc
    return _RECENT_DAY.search(doc.text, top.idx + len(top.text), head.sent.end_char) is not None


def _news_below_talk(sent: Span, verb: Token, below: Token, head: Token, *, told: bool) -> bool:
    """The words under a speech verb tell of a real recent event, not of talk.

    "Urged calm, but fighting raged": a clause of its own beside the talk. "Condemned
    Tuesday's ambush, in which gunmen killed four", "called for the release of the girls
    kidnapped on Thursday night": a dated event of the last days told in a relative clause
    or a participle. "Investigators documented the rape of 12 women last week": what is
    found out about the last days.
    """
    if (
        below.dep_ == "conj"
        and below.head == verb
        and below.tag_ == "VBD"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
    ):
        return True
    if told_recent_event(head, verb, told=told):
        return True
    if any(
        t.lemma_.lower() in _NAMING_LEMMAS
        and (t == verb or verb.is_ancestor(t))
        and t.is_ancestor(head)
        and any(c.lower_ == "what" for c in t.children)
        for t in sent
    ) and _RECENT_DAY.search(doc_text(sent.doc), verb.idx, sent.end_char):
        return True
    return verb.lemma_.lower() in _FINDING_LEMMAS and _RECENT_DAY.search(sent.text) is not None


def _talk_about_protest(sent: Span, hit: TriggerHit) -> bool:
    """A protest word in what someone else says or criticizes ("rights groups criticised the
    force used against protesters"); "protesters denounced the decree" is the protest."""
    verb = _blocking_verb(sent, hit)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    words = " ".join(t.text for t in subj.subtree)
    return _PROTESTERS.search(words) is None


def mask_tokens(text: str, known: frozenset[str]) -> list[str]:
    """Lower-cased tokens with numbers and unknown capitalized words (names) masked."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        low = tok.lower()
        if tok[0].isdigit():
            out.append("<num>")
        elif low in _KEEP_ACRONYMS:
            out.append(low)
        elif tok[0].isupper() and (low not in known or (tok.isupper() and len(tok) > 1)):
            if not out or out[-1] != "<ent>":
                out.append("<ent>")
        else:
            out.append(low)
    return out


def text_features(text: str, known: frozenset[str]) -> Counter[str]:
    """Word unigrams, bigrams and 5-letter prefixes of the masked text."""
    toks = mask_tokens(text, known)
    feats: Counter[str] = Counter()
    prev = "<s>"
    for tok in toks:
        feats["w:" + tok] += 1
        feats["b:" + prev + "_" + tok] += 1
        if len(tok) > 6 and tok[0] != "<":
            feats["p:" + tok[:5]] += 1
        prev = tok
    return feats


def rule_features(hits: Iterable[TriggerHit]) -> set[str]:
    """Lexicon hits as binary features for the model."""
    feats: set[str] = set()
    for h in hits:
        if h.blocked:
            feats.add("r:blocked")
        else:
            feats.add("r:" + h.label)
    return feats


class TextModel:
    """The linear classifier: vocabulary, idf, coefficients; inference in numpy."""

    def __init__(
        self,
        *,
        vocab: Sequence[str],
        idf: npt.NDArray[np.float32],
        coef: npt.NDArray[np.float32],
        intercept: npt.NDArray[np.float32],
        classes: Sequence[str],
        known: Iterable[str],
        n_text: int,
        class_counts: Sequence[int] | None = None,
    ) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.idf = idf
        self.coef_t = np.ascontiguousarray(coef.T)  # (features, classes): row gathers are cheap
        self.intercept = intercept
        self.classes = tuple(classes)
        self.known = frozenset(known)
        self.n_text = n_text  # features [0, n_text) are TF-IDF text features, the rest rules
        counts = class_counts if class_counts is not None else [0] * len(self.classes)
        self.class_counts = dict(zip(self.classes, (int(c) for c in counts), strict=True))

    @classmethod
    def load(cls) -> TextModel:
        """Read ``data/event_classifier.npz`` from the package."""
        data = load_weights("event_classifier.npz", "the event classifier weights")
        return cls(
            vocab=[str(v) for v in data["vocab"]],
            idf=data["idf"].astype(np.float32),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
            classes=[str(c) for c in data["classes"]],
            known=[str(k) for k in data["known"]],
            n_text=int(data["n_text"]),
            class_counts=[int(c) for c in data["class_counts"]] if "class_counts" in data else None,
        )

    def vectorize(
        self, text: str, hits: Iterable[TriggerHit]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """Sparse feature vector (indices, values), as the training script builds it."""
        idx: list[int] = []
        vals: list[float] = []
        for feat, count in text_features(text, self.known).items():
            i = self.index.get(feat)
            if i is not None:
                idx.append(i)
                vals.append((1.0 + math.log(count)) * float(self.idf[i]))
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        vals = [v / norm for v in vals]
        for feat in rule_features(hits):
            i = self.index.get(feat)
            if i is not None:
                idx.append(i)
                vals.append(1.0)
        return np.asarray(idx, dtype=np.int64), np.asarray(vals, dtype=np.float32)

    def predict_proba(self, text: str, hits: Iterable[TriggerHit]) -> dict[str, float]:
        """Class probabilities (softmax of the linear scores)."""
        idx, vals = self.vectorize(text, hits)
        logits = self.intercept + vals @ self.coef_t[idx] if len(idx) else self.intercept.copy()
        logits = logits - logits.max()
        probs = np.exp(logits)
        probs /= probs.sum()
        return {c: float(p) for c, p in zip(self.classes, probs, strict=True)}


class EventClassifier:
    """Detects and types conflict events; load once with :meth:`load` and reuse."""

    def __init__(
        self, lexicon: TriggerLexicon, model: TextModel, *, params: DecisionParams | None = None
    ) -> None:
        self.lexicon = lexicon
        self.model = model
        self.params = params or DecisionParams()

    @classmethod
    def load(cls) -> EventClassifier:
        """Load the trigger lexicon and the model weights from package data."""
        return cls(TriggerLexicon.load(), TextModel.load())

    def detect_events(self, sent: Span) -> list[Typing]:
        """The events this sentence reports, best first; ``[]`` when it reports none.

        Several typings mean several incidents (an air strike and a clash), each with the
        offsets of its trigger words in the Doc.
        """
        text = sent.text
        if not self.lexicon.has_trigger(text):
            return []
        hits = self.lexicon.find(text, sent=sent) + self._story_negations(sent.doc)
        return self._decide(text, hits, offset=sent.start_char, whole=False)

    def _story_negations(self, doc: Doc) -> list[TriggerHit]:
        """What a short story is about, told in any of its sentences (a drill, a novel, an
        outbreak, a crocodile, an accident), as zero-width hits that apply to every sentence.

        "The army held exercises on Monday. Tanks fired at targets." A long article tells
        many stories, so there each sentence only answers for itself.
        """
        cached = doc.user_data.get("eventwire_story_negations")
        if cached is None:
            sents = list(doc.sents)
            cached = []
            if len(sents) <= _SHORT_STORY_SENTENCES:
                labels: list[str] = []
                for sent in sents:
                    for h in self.lexicon.find(sent.text, sent=sent):
                        if h.label in _STORY_NEGATIONS and h.label not in labels:
                            labels.append(h.label)
                        elif h.label == "NEG_DISASTER" and _DISASTER_STORY not in labels:
                            # a flood or a crash told in one sentence: its dead and injured
                            # in the next are no attack (words of violence still count)
                            labels.append(_DISASTER_STORY)
                cached = [TriggerHit(label, "neg", 0, 0) for label in labels]
            doc.user_data["eventwire_story_negations"] = cached
        return list(cached)

    def classify(self, text: str, *, sents: list[Span] | None = None) -> list[Typing]:
        """Ranked typings of one incident description (several sentences), best first.

        ``[]`` when the text reports no conflict event. With ``sents`` (spaCy sentences of
        ``text`` or of the Doc it is a part of), the parse decides which triggers are talk;
        trigger offsets are then Doc offsets, otherwise offsets into ``text``.
        """
        hits: list[TriggerHit] = []
        if sents:
            base = sents[0].start_char
            whole_text = doc_text(sents[0].doc)[base : sents[-1].end_char]
            for sent in sents:
                shift = sent.start_char - base
                for h in self.lexicon.find(sent.text, sent=sent, context=whole_text):
                    hits.append(replace(h, start=h.start + shift, end=h.end + shift))
            hits += self._story_negations(sents[0].doc)
            offset = base
            # the sentences' own stretch of the Doc, so that hit offsets line up with it
            text_for_model = whole_text
        else:
            hits = self.lexicon.find_in_text(text)
            offset = 0
            text_for_model = text
        return self._decide(text_for_model, hits, offset=offset, whole=True)

    def _decide(
        self, text: str, hits: list[TriggerHit], *, offset: int, whole: bool
    ) -> list[Typing]:
        typings = self._decide_all(text, hits, offset=offset, whole=whole)
        blocks = [(h.start + offset, h.end + offset) for h in hits if h.kind == "block"]
        if blocks:
            # "to mark 25 years since troops killed 300": force on protesters is not blocked
            # by speech verbs, but a block phrase that holds its very words is about the past,
            # and so is every reading the model gives those words ("soldiers accused of
            # killing protesters" is no attack either)
            typings = [
                t
                for t in typings
                if t.trigger is None
                or not any(b0 <= t.trigger[0] and t.trigger[1] <= b1 for b0, b1 in blocks)
            ]
        if typings and any(h.label in ("NEG_DRILL", "NEG_ACCIDENT") for h in hits):
            # a drill, a parade, a weapons test: arms shown or tried, no one attacked; troops
            # moved for it are still a strategic development. An explosion or crash the story
            # calls an accident ("caused by a gas leak", "ruled out foul play") is no attack.
            typings = [
                t
                for t in typings
                if t.event_type not in _DRILL_VETOED
                and t.sub_event_type != "Excessive force against protesters"
            ]
        return typings

    def _decide_all(
        self, text: str, hits: list[TriggerHit], *, offset: int, whole: bool
    ) -> list[Typing]:
        backdrops = {h.label for h in hits if h.backdrop}
        hits = [h for h in hits if not h.backdrop]
        crime_words = any(h.label == "NEG_CRIME" for h in hits)
        # a crime story: crime words that are not an accusation against the victim, in a
        # text whose perpetrators are not armed groups or armies
        crime = crime_words and (
            any(
                h.label == "NEG_CRIME"
                and not _ACCUSED_OF.search(text[max(0, h.start - 60) : h.start])
                and not _CAUGHT_BY_CROWD.search(text[max(0, h.start - 100) : h.start])
                for h in hits
            )
            and not _ARMED_ACTOR.search(text)
            and not _POLICE_VIOLENCE.search(text)
            and not _COMMUNAL.search(text)
            and not _PRESS_VICTIM.search(text)
        )
        # "fighters set fire to houses; two residents died in the blaze": the arson's fire
        arson = any(
            h.label == "Looting/property destruction"
            and h.kind == "strong"
            and _ARSON.search(text, h.start, h.end)
            for h in hits
        ) and bool(_ARMED_ACTOR.search(text))
        # "the air force killed 14 militants driven out by flooding": a killing by an armed
        # actor is no disaster's toll
        # "gunmen attacked soldiers escorting a flood-prevention team": the attack is news
        armed_agent = any(
            (h.label == "EVENT" or SUB_EVENT_TYPES.get(h.label) in _VIOLENT_TYPES)
            and h.kind in _TRIGGER_KINDS
            and not h.blocked
            and _AGENT_VERBS.match(text, h.start, h.end)
            and (
                _AGENT_BEFORE.search(text, max(0, h.start - 90), h.start)
                or _AGENT_AFTER.match(text, h.end, h.end + 60)
            )
            for h in hits
        )
        disaster = not armed_agent and any(
            h.label == "NEG_DISASTER"
            # "rockets hit the refinery, sparking a blaze": a fire the attack set
            and not _CAUSED.search(text, max(0, h.start - 40), h.start)
            # "a bomb planted under a bridge derailed a train": the bomb's work
            and not (
                _WRECKED.match(text, h.start, h.end)
                and _WEAPON_SUBJECT.search(text, max(0, h.start - 200), h.start)
            )
            and not (arson and _FIRE_WORDS.fullmatch(text, h.start, h.end))
            for h in hits
        )
        # a wolf that kills sheep, a hunter who shoots a boar, unless armed groups or
        # gunmen act ("the Northern Wolves killed": a group's name; "gunmen killed cows")
        animal = (
            any(
                h.label == "NEG_ANIMAL"
                and (not text[h.start].isupper() or _SENTENCE_START.search(text, 0, h.start))
                for h in hits
            )
            and not _ARMED_ACTOR.search(text)
            and not _ASSAILANTS.search(text)
        )
        # a research paper or the stars: a microbe's "strike", a stellar explosion
        fiction = any(h.label in ("NEG_FICTION", "NEG_SCIENCE") for h in hits) or animal
        sport = any(h.label == "NEG_SPORT" for h in hits)
        disease = any(h.label == "NEG_DISEASE" for h in hits)
        live = [
            h
            for h in hits
            if h.kind in _TRIGGER_KINDS
            and not h.blocked
            # "extended a ban on protests", "banned all rallies": the protests are banned
            and not (
                SUB_EVENT_TYPES.get(h.label) == "Protests"
                and text[h.start : h.end].endswith("s")  # the plural nouns, not "marched"
                and _BANNED.search(text, max(0, h.start - 40), h.start)
            )
            and not (crime_words and h.label in _CRIME_VETOED)
            # "a sit-in to demand peace and denounce the violence": the protest's cause
            and not (
                SUB_EVENT_TYPES.get(h.label) == "Riots"
                and _GENERIC_VIOLENCE.fullmatch(text, h.start, h.end)
                and _OPPOSED.search(text, max(0, h.start - 50), h.start)
            )
            and not (disaster and h.label in _DISASTER_VETOED)
            and not (
                disease
                and h.label in _DISASTER_VETOED
                and _DISEASE_WORDS.match(text[h.start : h.end])
            )
        ]
        strong = [h for h in live if h.kind in _STRONG_KINDS]
        if (
            not strong
            and any(h.label == _DISASTER_STORY for h in hits)
            and all(_TOLL_WORDS.fullmatch(text[h.start : h.end]) for h in live)
            and not _ARMED_ACTOR.search(text)
            and not _ASSAILANTS.search(text)
        ):
            return []
        probs = self.model.predict_proba(text, hits)
        if backdrops:
            # the setting of a killing or a strike: the model's belief in it goes to the violence
            best_v = max(
                (s for s, t in SUB_EVENT_TYPES.items() if t in _VIOLENT_TYPES),
                key=lambda s: probs.get(s, 0.0),
            )
            for label in backdrops - {h.label for h in hits if h.kind in _TRIGGER_KINDS}:
                probs = _move_belief(probs, label, best_v)
        p_none = probs.get(NO_EVENT, 0.0)
        if not live:
            talk = any(h.blocked for h in hits)
            # the model alone decides only where the words hint at violence (a cue)
            cued = any(h.kind == "cue" for h in hits)
            if not whole or crime or disaster or disease or sport or fiction or talk or not cued:
                return []
            best = max(SUB_EVENT_TYPES, key=lambda s: probs.get(s, 0.0))
            if probs.get(best, 0.0) < self.params.model_only_min or p_none >= probs.get(best, 0.0):
                return []
            return [Typing(SUB_EVENT_TYPES[best], best, round(probs[best] * 0.8, 4), None)]
        # a film, novel or game tells of violence; a match is no fight: their words are no
        # event, unless people protest or riot over them (or, at a match, a bomb goes off)
        crowd = any(SUB_EVENT_TYPES.get(h.label, "") in _UNBLOCKABLE_TYPES for h in strong)
        if animal and crowd and not _HUMAN_CROWD.search(text):
            crowd = False  # "a wild elephant went on the rampage": no crowd riots
        if fiction and not crowd:
            return []
        if (
            sport
            and not crowd
            and not any(
                h.kind == "decisive" or SUB_EVENT_TYPES.get(h.label) == "Explosions/Remote violence"
                for h in strong
            )
        ):
            return []
        if (crime or disaster) and (not strong or p_none > 0.5):
            return []
        if not strong and p_none > 0.8:
            return []
        if (
            any(h.label == "TARGET_CIVILIAN" and not h.blocked for h in hits)
            and not _REMNANTS.search(text)
            and any(
                (h.kind in _TRIGGER_KINDS and h.label == "EVENT")
                or SUB_EVENT_TYPES.get(h.label) in _VIOLENT_TYPES
                for h in live
            )
        ):
            # people shot or killed: what followed ("displaced", "a mass grave") is no other
            # kind of development; the model's belief in one goes to the killing
            best_v = max(
                (s for s, t in SUB_EVENT_TYPES.items() if t in _VIOLENT_TYPES),
                key=lambda s: probs.get(s, 0.0),
            )
            probs = _move_belief(probs, "Other", best_v)
        pr = self.params
        violent = any(
            h.label == "EVENT"
            or (h.kind in _STRONG_KINDS and SUB_EVENT_TYPES.get(h.label, "") in _VIOLENT_TYPES)
            for h in live
            if h.label not in _SECONDARY_SUBS
        )
        damp = 1.0 - pr.confident_damp * max(probs.values())
        bonus: dict[str, float] = {}
        first: dict[str, TriggerHit] = {}
        for h in live:
            for label in self._labels_of(text, h):
                if h.kind == "weak":
                    add = pr.weak_bonus
                elif h.kind == "decisive":
                    add = pr.decisive_bonus
                elif self.model.class_counts.get(label, 0) >= pr.common_min_examples:
                    add = pr.strong_bonus_common
                else:
                    add = pr.strong_bonus
                add *= damp
                if violent and label in _SECONDARY_SUBS:
                    add *= pr.secondary_factor
                if add > bonus.get(label, 0.0):
                    bonus[label] = add
                first.setdefault(label, h)
        strong_labels = {lab for h in strong for lab in self._labels_of(text, h)}
        gov, rebel = "Government regains territory", "Non-state actor overtakes territory"
        territory = {
            lab for h in strong if h.label == "TERRITORY" for lab in self._labels_of(text, h)
        }
        if len(territory) == 1:
            # the model cannot tell who took the place (names are masked): the actors can
            other = rebel if gov in territory else gov
            if other not in strong_labels:
                bonus[other] = -pr.strong_bonus
                # the model's belief in a change of hands goes to the side the actors name
                (side,) = territory
                probs = _move_belief(probs, other, side)
        overrides = dict(_OVERRIDES)
        if any(
            h.label == "TERRITORY"
            and (
                _BY_FORCE.search(text, h.start, h.end)
                or (_CAPTURED.search(text, h.start, h.end) and not _NO_FIGHT.search(text))
            )
            for h in strong
        ) or (
            territory
            and any(
                h.label == "Armed clash" and _ASSAULT.search(text, h.start, h.end) for h in live
            )
        ):
            # "the fighters overran the base; troops retreated", "after a dawn assault, troops
            # retook the post; the rebels withdrew": taken by force
            # reinforcements flown in after a base is overrun: the capture is the event
            for side in territory:
                overrides[side] = overrides.get(side, frozenset()) | {
                    "Non-violent transfer of territory",
                    "Change to group/activity",
                }
        # a winner no other present winner overrides goes first, so the belief of a loser two
        # winners share ("Non-violent transfer" under both a clash and a takeover by force)
        # goes to the top one; then by name: the same result on every run (a set's order
        # changes with the hash seed)
        ranked = sorted(
            strong_labels,
            key=lambda w: (any(w in overrides.get(o, ()) for o in strong_labels), w),
        )
        # words that settle a sub-type ("a second device went off") give way only to words
        # that settle another: "police defused one device" does not undo the blast, and the
        # model's belief in the defusal goes to it
        settled = {lab for h in live if h.kind == "decisive" for lab in self._labels_of(text, h)}
        for winner in ranked:
            for loser in overrides.get(winner, ()):
                if loser in settled and winner not in settled:
                    if winner in _SECONDARY_SUBS:
                        probs = _move_belief(probs, winner, loser)
                    continue
                if loser in bonus:
                    bonus[loser] = -pr.override_penalty
                if (
                    loser == "Non-violent transfer of territory"
                    or (winner in _PROTEST_FORCE and loser == "Other")
                    # "crowds torched the courthouse and looted banks": the riot's damage;
                    # "opened fire on pilgrims and burned their tents": the attack's
                    or (
                        winner in ("Violent demonstration", "Attack")
                        and loser == "Looting/property destruction"
                    )
                    or (winner in (gov, rebel) and loser == "Change to group/activity")
                    or (
                        (winner in _PROTEST_FORCE or winner == "Violent demonstration")
                        and loser == "Arrests"
                        and any(
                            h.label == winner and not _ARREST_WORDS.search(text, h.start, h.end)
                            for h in strong
                        )
                    )
                ):
                    # arrests or force at a protest (or a riot) are the protest's, a march of
                    # displaced people broken up is no displacement, a withdrawal under fire
                    # is the fighting's: the model's belief in the loser goes to it
                    probs = _move_belief(probs, loser, winner)
        candidates = [
            s for s in SUB_EVENT_TYPES if s in bonus or SUB_EVENT_TYPES[s] in _VIOLENT_TYPES
        ]
        if not strong:
            # only weak triggers ("killed", "attacked"): a violent event of the model's choice
            candidates = [s for s in candidates if SUB_EVENT_TYPES[s] in _VIOLENT_TYPES]
        scored = sorted(
            ((probs.get(s, 0.0) + bonus.get(s, 0.0), s) for s in candidates), reverse=True
        )
        generic = next((h for h in live if h.label == "EVENT"), live[0])
        out: list[Typing] = []
        for raw_score, sub in scored[: 3 if whole else 1]:
            hit = first.get(sub, generic)
            score = min(1.0, raw_score / (1.0 + self.params.strong_bonus)) * (1.0 - 0.5 * p_none)
            out.append(
                Typing(
                    SUB_EVENT_TYPES[sub],
                    sub,
                    round(score, 4),
                    (hit.start + offset, hit.end + offset),
                )
            )
        if not whole and out:
            kept = [
                h for h in strong if all(bonus.get(s, 0.0) > 0 for s in self._labels_of(text, h))
            ]
            out.extend(self._other_incidents(out[0], kept, text, probs, offset))
        return out

    def _labels_of(self, text: str, hit: TriggerHit) -> list[str]:
        if hit.label == "TERRITORY":
            return [_territory_side(text, hit)]
        if hit.label == "EVENT":
            return []
        return [hit.label]

    def _other_incidents(
        self,
        primary: Typing,
        strong: Sequence[TriggerHit],
        text: str,
        probs: Mapping[str, float],
        offset: int,
    ) -> list[Typing]:
        """Strong triggers of another violent event type: a second incident in one sentence."""
        seen = {primary.event_type}
        extra: list[Typing] = []
        for h in strong:
            for sub in self._labels_of(text, h):
                etype = SUB_EVENT_TYPES[sub]
                if etype in seen or etype not in _VIOLENT_TYPES:
                    continue
                if primary.event_type not in _VIOLENT_TYPES:
                    continue
                seen.add(etype)
                score = min(
                    1.0,
                    (probs.get(sub, 0.0) + self.params.strong_bonus)
                    / (1.0 + self.params.strong_bonus),
                )
                extra.append(
                    Typing(etype, sub, round(0.8 * score, 4), (h.start + offset, h.end + offset))
                )
        return extra


def _territory_side(text: str, hit: TriggerHit) -> str:
    """Who took the place: "from the rebels" after the verb, else the nearest actor before."""
    gov, rebel = "Government regains territory", "Non-state actor overtakes territory"
    by = _BY_CUE.search(text[hit.end : hit.end + 120])
    if by:
        return gov if by.group("state") else rebel
    m = _FROM_CUE.search(text[hit.end : hit.end + 160])
    if m:
        return rebel if m.group("state") else gov
    if hit.subject:
        # the subject's head word first ("Liberation Army rebels": rebels), then its words
        head, _, words = hit.subject.partition(" | ")
        a = _ACTOR_CUE.search(head) or _ACTOR_CUE.search(words)
        if a is not None:
            return gov if a.group("state") else rebel
    last = None
    for a in _ACTOR_CUE.finditer(text[max(0, hit.start - 160) : hit.start]):
        last = a
    if last is not None:
        # "the regime's soldiers fled and our flag flies over ...": the side that fled lost it
        fled = _FLED.match(text, last.end(), hit.start) is not None
        return gov if bool(last.group("state")) != fled else rebel
    return rebel


#: An actor's flight right after its name: it lost the place, the other side took it.
_FLED = re.compile(
    r"(?:'s)?\W*(?:[\w-]+ ){0,2}?(?:(?:had|have|has|were|was|all|then|quickly|hastily) )*"
    r"(?:fled|withdr[ae]w\w*|retreated|pulled out|abandoned|deserted|ran away)\b",
    re.IGNORECASE,
)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]
