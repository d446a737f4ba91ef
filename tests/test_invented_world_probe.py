"""A probe of invented-world sentences: violence is coded as a current event, talk is not.

Countries, towns, armed groups and people below are invented (Dravonia, Kessaria, the
Saffron Brigades, Okaru ...), so that nothing rests on a gazetteer or actor list. Violent
rows give the ACLED event_type where the coding is unambiguous (None: any type). Look-alikes
are talks, peace deals, condemnations, threats, denials, plans, anniversaries and trials of
past attacks, fiction, sport, metaphors, weather, accidents and crime. Published 2021-03-05.
"""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, S, V

import eventwire

PUB = "2021-03-05"

VIOLENT: list[tuple[str, str | None]] = [
    (
        "Soldiers of the Dravonian army clashed with fighters of the Saffron Brigades near Okaru on Tuesday.",
        B,
    ),
    (
        "Twelve rebels and four soldiers were killed when the Iron Covenant ambushed an army convoy outside Velmark.",
        B,
    ),
    (
        "Heavy fighting raged for a third day between Kessarian troops and Halvarite militiamen in the hills above Tashkor.",
        B,
    ),
    (
        "Militants of the Night Wolves attacked a police checkpoint in Pendravo late on Sunday, sparking a two-hour gun battle.",
        B,
    ),
    ("Rebels overran an army outpost near the Quorran border on Monday, killing nine soldiers.", B),
    (
        "Government forces recaptured the town of Miravel from the Sons of Halvar after a week-long siege.",
        B,
    ),
    ("Troops repelled an assault by the Ember Legion on their base at Zarnek overnight.", B),
    (
        "Insurgents and border guards exchanged fire near the Talmori crossing at Brenvik on Wednesday.",
        B,
    ),
    ("Army ambushes rebel column near Ostrava Pass, 15 dead", B),
    ("Dravonian troops fight Saffron Brigades militants in Okaru", B),
    (
        "The Iron Covenant seized the village of Kelmor after driving out government troops on Thursday.",
        B,
    ),
    (
        "A police spokesman said officers shot dead three militants of the Ember Legion during a firefight in Varnos.",
        B,
    ),
    (
        "Fighters loyal to warlord Gedric Omvale fought rival Tarsan militiamen for control of the market town of Husk on Friday.",
        B,
    ),
    (
        "Clashes between the Kessarian army and the Free Marrow Front left twenty-three dead in Lohr province.",
        B,
    ),
    (
        "Rebels launched a dawn offensive on the garrison town of Peltzig, a military source said.",
        B,
    ),
    (
        "Two soldiers died when Halvarite gunmen opened fire on their patrol near Drevna on Saturday.",
        None,
    ),
    ("A roadside bomb struck a military convoy near Tashkor on Monday, killing four soldiers.", E),
    (
        "Kessarian warplanes bombed positions of the Saffron Brigades in the Uldar valley on Wednesday.",
        E,
    ),
    ("A suicide bomber blew himself up at a checkpoint in Velmark, killing seven people.", E),
    ("Rebels shelled the outskirts of Miravel overnight, wounding eleven civilians.", E),
    ("A drone strike killed a senior commander of the Iron Covenant in Zarnek on Tuesday.", E),
    ("Militants lobbed mortar rounds at the Okaru airbase, damaging two helicopters.", E),
    (
        "A car bomb exploded outside a hotel in Pendravo on Friday, killing nine people and wounding thirty.",
        E,
    ),
    ("Three children were killed when a landmine exploded in a field near Brenvik.", E),
    ("Missiles rained down on the port city of Quorra overnight, officials said.", E),
    ("Blast kills six at bus station in Varnos", E),
    ("An unidentified assailant hurled a grenade into a crowded cafe in Lohr, injuring five.", E),
    ("Artillery fire from Dravonian positions hit a residential district of Tashkor on Sunday.", E),
    ("Government helicopters strafed villages held by the Night Wolves in the Ketter hills.", E),
    ("Two IEDs detonated near a police station in Husk on Thursday, wounding three officers.", E),
    (
        "Gunmen killed fourteen villagers in an overnight raid on Amberfeld, local officials said.",
        V,
    ),
    (
        "Militiamen of the Sons of Halvar abducted twenty schoolgirls from a school in Drevna on Monday.",
        V,
    ),
    (
        "Unknown assailants gunned down a local journalist outside his home in Peltzig on Wednesday.",
        V,
    ),
    (
        "The body of a kidnapped aid worker was found dead in Kelmor a week after he was seized by Ember Legion fighters.",
        V,
    ),
    ("Soldiers executed six farmers accused of supporting the rebels in Uldar, witnesses said.", V),
    (
        "Armed men stormed a church in Miravel during Sunday mass and shot dead eight worshippers.",
        V,
    ),
    ("A village chief was hacked to death by suspected Iron Covenant militants in Zarnek.", V),
    (
        "Fighters of the Saffron Brigades raped several women during a raid on a camp for displaced people near Okaru.",
        V,
    ),
    ("Gunmen kidnap 30 passengers on Velmark highway", V),
    (
        "Residents said Night Wolves militiamen massacred at least forty civilians in Tarsa last week.",
        V,
    ),
    (
        "Security forces tortured and killed a detained opposition activist in Lohr, his family said.",
        V,
    ),
    ("Militants beheaded two shepherds near the village of Ossin on Tuesday.", V),
    ("Attackers on motorbikes killed a councillor and his driver in Brenvik on Thursday.", V),
    (
        "Thousands of people marched through Quorra on Saturday to demand the release of political prisoners.",
        P,
    ),
    ("Teachers in Velmark went on strike on Monday over unpaid salaries.", P),
    ("Police fired tear gas to disperse students protesting against fuel prices in Tashkor.", P),
    (
        "Hundreds of farmers staged a sit-in outside the agriculture ministry in Pendravo on Wednesday.",
        P,
    ),
    (
        "Opposition supporters rallied in central Okaru on Friday, chanting slogans against President Ulmar Strand.",
        P,
    ),
    ("Protesters block main highway in Husk over water shortages", P),
    ("Dozens of women held a vigil in Miravel for relatives missing since the war.", P),
    ("Security forces shot dead five demonstrators during a protest in Zarnek on Tuesday.", P),
    ("Traders demonstrated outside the Brenvik city hall against new market taxes on Thursday.", P),
    ("Rioters torched cars and looted shops in Varnos after the disputed election result.", R),
    ("Protesters threw stones at police and set fire to tyres in Drevna on Sunday.", R),
    ("A mob lynched a man accused of witchcraft in the village of Kelmor.", R),
    ("Demonstrators stormed the governor's office in Lohr and clashed with riot police.", R),
    (
        "Rival supporters of the two candidates fought with machetes in Tarsa, leaving three dead.",
        R,
    ),
    ("Angry villagers attacked a police station in Ossin after a local man died in custody.", R),
    ("Youths pelted police with rocks during a protest against evictions in Peltzig.", R),
    ("Clashes between two rival clans over grazing land killed seven people near Amberfeld.", None),
    (
        "Police arrested twelve suspected members of the Ember Legion in raids across Quorra on Monday.",
        S,
    ),
    ("The army said it had defused a large bomb found near the central market in Velmark.", S),
    (
        "The Saffron Brigades and the government signed a ceasefire agreement in Okaru on Tuesday.",
        S,
    ),
    ("Dravonian forces withdrew from the town of Husk without a fight on Friday.", S),
    ("Fighters of the Iron Covenant looted and burned homes in the village of Zarnek.", S),
    ("Troops razed dozens of houses in Tarsa suspected of sheltering rebels.", S),
    ("Hundreds of Kessarian troops were deployed to the restive Uldar region on Wednesday.", S),
    ("Soldiers seized a large cache of weapons and explosives in a raid on a farm near Drevna.", S),
    ("A commander of the Night Wolves defected to the government with forty of his fighters.", S),
    ("The Sons of Halvar established a new base in the hills outside Lohr, residents said.", S),
    ("Rebels released eight soldiers they had held captive for two months.", S),
    ("The Iron Covenant took control of Kelmor after government troops pulled out.", None),
    ("The ministry said rebels killed two policemen in Brenvik on Monday.", None),
    (
        "According to witnesses, government aircraft pounded rebel-held Ossin throughout the night.",
        E,
    ),
    ("Seven people are dead after gunmen opened fire at a wedding in Peltzig.", V),
    ("Insurgents razed the police post at Miravel and killed its commander.", None),
    ("Saturday's ambush on the Tashkor road left a dozen soldiers dead, the army said.", B),
    (
        "Gunmen from the Crescent Guard ambushed a police patrol on the Morrow road, killing three officers.",
        B,
    ),
    ("Border troops traded fire with Yelvan smugglers' militia near Fenwick on Thursday night.", B),
    ("Rebels attack army base in Castor, 20 killed", B),
    (
        "Government soldiers and fighters of the Azure Front are battling for control of the Hallin bridge.",
        B,
    ),
    (
        "Insurgents were pushed back from the outskirts of Dovrecht after hours of street fighting.",
        B,
    ),
    (
        "A Tavish army spokesman said troops killed eighteen insurgents in clashes near Ruun on Wednesday.",
        B,
    ),
    ("Forty militiamen were killed as the army stormed the Grey Hand's stronghold at Skel.", B),
    ("Explosion rocks Marneth police headquarters", E),
    ("A bomb hidden in a motorcycle went off near a mosque in Orrin, killing two worshippers.", E),
    ("Enemy artillery pounded the frontline village of Gask for a second day.", E),
    ("An armed drone hit a vehicle carrying Azure Front commanders near Tull on Saturday.", E),
    ("Rockets fired from Yelva struck a school in the border town of Prane.", E),
    ("Jets of the Tavish air force struck rebel hideouts in the Morrow hills overnight.", E),
    ("A mine blast killed two shepherds and their flock near Dunmere.", E),
    ("Militants fired a barrage of mortar shells at the governor's compound in Ruun.", E),
    ("Gunmen stormed a bus in Fenwick and shot dead eleven passengers.", V),
    ("The Grey Hand executed three men it accused of spying in the main square of Skel.", V),
    ("Armed men abducted a village elder and his two sons from their farm near Castor.", V),
    ("A teacher was stabbed to death by suspected Crescent Guard militants in Orrin on Monday.", V),
    ("Soldiers opened fire on a crowd of villagers at a market in Gask, killing six.", V),
    ("Masked gunmen kill family of five in Tull", V),
    ("Militia fighters burned a man alive in the village of Prane, witnesses told reporters.", V),
    ("Police tortured two students to death in custody in Dovrecht, a rights group said.", V),
    ("Hundreds rallied outside parliament in Marneth to oppose the new media law.", P),
    ("Workers at the Hallin port went on a three-day strike demanding higher wages.", P),
    ("Riot police dispersed a march by nurses in Dunmere with batons and pepper spray.", P),
    ("Students staged a peaceful march through Skel on Wednesday.", P),
    ("Supporters of jailed leader Ines Varo protested in Castor, waving flags and chanting.", P),
    ("Demonstrators set fire to a police car and smashed shop windows in Orrin.", R),
    ("Angry residents torched the home of a man suspected of killing a child in Tull.", R),
    ("Rival groups of students fought with clubs and stones at the University of Fenwick.", R),
    ("Protest turns violent in Ruun as crowds hurl petrol bombs at troops", R),
    ("Police detained the leader of the Azure Front in a dawn raid in Marneth.", S),
    ("Bomb disposal experts defused an explosive device planted under a bridge in Gask.", S),
    ("The Grey Hand and the Tavish government agreed to a truce on Sunday.", S),
    ("Militiamen looted a warehouse of food aid in Prane.", S),
    ("Azure Front fighters surrendered to the army in Dovrecht on Monday.", S),
    ("Rebels took over the town of Hallin without firing a shot after the army pulled out.", None),
]

NOT_VIOLENT: list[str] = [
    "Envoys of Dravonia and Kessaria met in Quorra to discuss a possible ceasefire in the Uldar valley.",
    "The Saffron Brigades said they were ready to resume peace talks with the government next month.",
    "Negotiators from the Iron Covenant and Velmark officials made progress on a prisoner swap deal, mediators said.",
    "The foreign minister of Talmor urged both sides to end the fighting and return to dialogue.",
    "Kessarian and Dravonian delegations will hold talks on demilitarising the border next week.",
    "The ceasefire in Okaru largely held on Monday, with no reports of violations.",
    "Mediators hope a truce can be agreed before the harvest season begins.",
    "The president of Dravonia condemned the bombing of the Velmark market and vowed to find those responsible.",
    "The UN envoy for Kessaria denounced the killing of civilians in Tarsa and called for an inquiry.",
    "Human rights groups criticised the army's use of force against protesters last month.",
    "The Night Wolves vowed to strike government targets across Lohr if their leader was not released.",
    "The defence minister warned that troops would crush any rebel advance on Miravel.",
    "Militant leader Orvan Tesk threatened to attack oil installations in the Uldar delta.",
    "Kessaria warned Dravonia that it would respond to any violation of its airspace.",
    "Officials fear the Ember Legion may be planning a new wave of bombings in Quorra.",
    "The army chief said his forces were prepared to launch an offensive on Zarnek at any moment.",
    "The Sons of Halvar threatened to kill the hostages unless a ransom was paid.",
    "The Iron Covenant denied carrying out the attack on the Peltzig police station.",
    "The government denied reports that its aircraft had bombed a hospital in Ossin.",
    "A spokesman for the Saffron Brigades rejected accusations that its fighters killed civilians in Amberfeld.",
    "The army plans to deploy drones along the northern border next year.",
    "Rebels are preparing to attack the capital, according to intelligence reports.",
    "Parliament will vote on Thursday on whether to send troops to Talmor.",
    "Residents of Kelmor marked the tenth anniversary of the 2011 massacre with a silent ceremony.",
    "A memorial to the soldiers killed in the Battle of Drevna was unveiled on Sunday.",
    "A court in Velmark jailed a former Night Wolves commander for his role in the 2009 killings.",
    "The trial of five men accused of the 2016 Quorra bombing opened on Tuesday.",
    "Historians say the siege of Tashkor in 1871 killed more than ten thousand people.",
    "The war crimes tribunal heard testimony from survivors of the Amberfeld attack of 2012.",
    "The conflict in the Uldar valley has displaced more than 200,000 people since 2014, the UN said.",
    "Analysts say the Iron Covenant has grown stronger since its leader was killed in 2018.",
    "The report documented hundreds of airstrikes carried out by Kessaria over the past decade.",
    "The new film by director Lisbet Aron depicts a bloody battle between two medieval armies.",
    "In the video game Ashes of Varnos, players lead a rebel army to storm the capital.",
    "Tessa Morvane's novel tells the story of a soldier who survives the bombing of his village.",
    "The play, staged at the Okaru National Theatre, recounts the assassination of a king.",
    "Velmark Rovers crushed Quorra United 4-0 on Saturday to top the league.",
    "The Tashkor Tigers battled back to beat the Brenvik Bears in overtime.",
    "Striker Janek Holm fired two goals as Peltzig City thrashed their rivals.",
    "Boxer Amon Kesh knocked out his opponent in the third round in Lohr on Friday.",
    "The Dravonian national team was beaten 3-1 by Kessaria in the World Cup qualifier.",
    "The government and opposition are locked in a battle over the budget in the Talmori parliament.",
    "A price war among mobile operators in Kessaria has slashed tariffs by half.",
    "The finance minister launched an attack on the central bank's interest rate policy.",
    "Shares of Velmark Steel exploded higher after the company reported record profits.",
    "The campaign to fight malaria in the Uldar region has saved thousands of lives.",
    "Critics shot down the minister's proposal to raise taxes on fuel.",
    "The opposition leader blasted the president's speech as empty promises.",
    "Investors fled the Dravonian bond market, triggering a currency collapse.",
    "Voters in Quorra went to the polls on Sunday to elect a new mayor.",
    "Kessaria and Talmor signed a trade agreement to cut tariffs on grain.",
    "The central bank of Dravonia raised interest rates by half a percentage point.",
    "President Ulmar Strand appointed a new defence minister on Monday.",
    "The Iron Covenant's political wing registered as a party ahead of next year's elections.",
    "The ruling party won a majority of seats in the Okaru provincial assembly.",
    "A powerful earthquake struck the Uldar region on Tuesday, killing at least thirty people.",
    "Floods swept away homes in Husk after days of heavy rain.",
    "Eleven passengers died when a bus plunged into a ravine near Drevna.",
    "A gas explosion in an apartment block in Lohr killed four residents.",
    "A fire at a textile factory in Varnos killed nine workers on Sunday.",
    "Two miners were killed when a tunnel collapsed at the Kelmor copper mine.",
    "A cyclone battered the coast of Talmor, leaving thousands homeless.",
    "A train derailed outside Pendravo, injuring fifteen passengers.",
    "Police said a man robbed a bank in Miravel and escaped with cash on Monday.",
    "Customs officers seized two tonnes of counterfeit cigarettes at the port of Quorra.",
    "A businessman was convicted of fraud in Velmark and sentenced to six years.",
    "Thieves stole a valuable painting from the Okaru museum overnight.",
    "The army held a parade in Zarnek to celebrate Independence Day.",
    "The Kessarian air force took delivery of six new training aircraft.",
    "Doctors in Brenvik went to a conference on trauma surgery.",
    "The ministry of health launched a vaccination campaign in Tarsa.",
    "A landmine clearance charity said it had trained forty local deminers this year.",
    "Refugees from the Uldar fighting received food aid in Ossin on Wednesday.",
    "The general said the rebels had not attacked the town and that the area was calm.",
    "No one was hurt and no shots were fired, police in Peltzig said.",
    "The Tavish president called on the Grey Hand to lay down its arms and join talks.",
    "The army vowed revenge for the killing of its soldiers.",
    "The Azure Front denied any role in Monday's bombing in Marneth.",
    "Envoys hailed the signing of a framework for future peace negotiations as a step forward.",
    "Yelva accused Tavish of massing troops on the border and threatened to retaliate.",
    "The minister said security forces would not hesitate to use force against rioters.",
    "A spokesman warned of possible attacks on polling stations during the election.",
    "Thousands attended the funeral of the journalist who was killed last year.",
    "The country commemorated the victims of the Castor bombing, which killed 52 people in 2008.",
    "Prosecutors charged four men over the 2015 attack on the Orrin market.",
    "A documentary about the siege of Skel won a prize at the Marneth film festival.",
    "The Fenwick Falcons edged the Ruun Rangers 2-1 in a bruising derby on Sunday.",
    "Tennis star Mila Aurel destroyed her opponent in straight sets.",
    "Candidates are fighting a bitter battle for the votes of young people.",
    "The central bank is waging a war against inflation.",
    "The storm killed six people and destroyed hundreds of homes in Dunmere.",
    "A minibus collided with a lorry near Prane, killing eight people.",
    "A man killed his neighbour in a dispute over a parking space in Gask, police said.",
    "Police arrested a gang of car thieves in Hallin.",
    "The UN Security Council will meet on Friday to discuss the violence in Tull.",
    "Ammunition exploded at an army depot in Castor after a fire, injuring three soldiers.",
    "The Grey Hand said it would continue its armed struggle until the government falls.",
    "The rebels' leader gave a fiery speech attacking the government's economic record.",
    "A new biography recounts how the general led his troops to victory in the 1962 war.",
    "An explosion of violence is feared if the talks fail, diplomats said.",
    "Residents fear the militants will return to the village once the troops leave.",
    "The defence ministry unveiled a new armoured vehicle at an arms fair in Marneth.",
    "The opposition called for a general strike next week to protest against the tax increase.",
]


def _current(text: str) -> list[eventwire.Event]:
    report = eventwire.extract(text, publication_date=PUB)
    return [e for e in report.events if e.context == "current"]


@pytest.mark.parametrize(("sentence", "event_type"), VIOLENT, ids=[s[:40] for s, _ in VIOLENT])
def test_violence_is_a_current_event(sentence: str, event_type: str | None) -> None:
    current = _current(sentence)
    assert current, "no current event"
    if event_type is not None:
        assert current[0].event_type == event_type


@pytest.mark.parametrize("sentence", NOT_VIOLENT, ids=[s[:40] for s in NOT_VIOLENT])
def test_talk_is_no_current_event(sentence: str) -> None:
    current = _current(sentence)
    assert current == [], f"coded {current[0].sub_event_type}" if current else ""
