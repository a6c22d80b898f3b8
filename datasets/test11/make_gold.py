#!/usr/bin/env python3
"""Hand-typed gold for test11 -> gold.jsonl. Run: python3 make_gold.py"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def ev(type_, trigger, ds=None, de=None, status=("occurred",), alt=(), alts=(), loose=False,
       actors=(), loc=None, req=True, dtext="", notes=""):
    return {"type": type_, "alt_types": list(alt), "trigger": trigger, "date_start": ds, "date_end": de,
            "date_alternatives": [list(a) if isinstance(a, tuple) else a for a in alts],
            "date_loose": loose, "status": list(status), "actors": list(actors), "location": loc,
            "required": req, "date_text": dtext, "notes": notes}


OCC, PLAN, NEG, HYP, EXP, ONG = "occurred", "planned", "negated", "hypothetical", "expected", "ongoing"
G = {}
WEEKDAYS = {}
PUB = {}
FORBIDDEN = {}

# ---------------------------------------------------------------- 01 Armenia 1974
A = "01_yerevan_plenum"
PUB[A] = (None, ["1974-12-14", "1974-12-14"])
WEEKDAYS[A] = [("1974-12-14", "Saturday"), ("1974-12-12", "Thursday"), ("1974-12-13", "Friday"),
               ("1974-12-11", "Wednesday"), ("1974-12-09", "Monday"), ("1974-12-10", "Tuesday"),
               ("1974-12-08", "Sunday"), ("1974-12-16", "Monday"), ("1974-11-27", "Wednesday")]
FORBIDDEN[A] = [
    "SOVETAKAN ARAGATS · Daily of the Armenian Communist Party's Central Committee, the republic's Supreme Soviet and Council of Ministers · English digest · No. 293 (15,226) · SATURDAY",
    "ALSO ON THIS PAGE: Sevan fishermen meet the annual quota · Komsomol brigades march on the Arpa tunnel · Chess: Yerevan team wins the Transcaucasian cup"]
S1 = ("1974-12-12", "1974-12-13")
G[A] = [
    ev("plenary_meeting", "Armenian party plenum reviews the year's plan", "1974-12-12", "1974-12-13", alt=["party_meeting"],
       req=False, dtext="headline"),
    ev("plenary_meeting", "met in plenary session in the capital on Thursday and Friday", "1974-12-12", "1974-12-13",
       alts=["1974-12-13"], alt=["party_meeting"], actors=["Central Committee of the Armenian Communist Party"],
       loc="Yerevan", dtext="on Thursday and Friday"),
    ev("speech_or_statement", "The report on the first item was delivered on Thursday morning", "1974-12-12",
       actors=["First Secretary"], loc="Yerevan", dtext="on Thursday morning"),
    ev("election_or_appointment", "who was elected to that post at the plenum of 27 November", "1974-11-27",
       actors=["First Secretary"], loc="Yerevan", dtext="at the plenum of 27 November"),
    ev("plenary_meeting", "the plenum of 27 November", "1974-11-27", alt=["party_meeting"], req=False,
       dtext="27 November", notes="side mention of the earlier plenum"),
    ev("speech_or_statement", "nineteen comrades took the floor", "1974-12-12", "1974-12-13", loose=True, req=False,
       dtext="the rest of the session", notes="debate"),
    ev("dismissal_or_resignation", "the plenum relieved Comrade A. G. Stepanian of his duties", "1974-12-13",
       alts=[S1], actors=["A. G. Stepanian"], dtext="at the two-day plenum, day not given: closing day, session accepted"),
    ev("election_or_appointment", "It then elected Comrade R. M. Baghdasarian", "1974-12-13", alts=[S1],
       actors=["R. M. Baghdasarian"], dtext="at the plenum, day not given"),
    ev("election_or_appointment", "was made a candidate member of the Bureau", "1974-12-13", alts=[S1],
       actors=["S. V. Avetisian"], dtext="at the plenum, day not given"),
    ev("summit_or_meeting", "members of the Bureau received a delegation of the Georgian party", "1974-12-11",
       actors=["Bureau", "Georgian party delegation"], loc="Yerevan", dtext="On the eve of the plenum, on Wednesday",
       notes="'had arrived in Yerevan on Monday' is travel, not annotated"),
    ev("agreement", "a protocol on winter deliveries of electricity between the two republics was signed", "1974-12-11",
       actors=["Armenian SSR", "Georgian SSR"], loc="Yerevan", dtext="at the end of the meeting (Wednesday)"),
    ev("legislative_session", "which will open in Yerevan on 24 December", "1974-12-24", status=(PLAN,),
       actors=["Supreme Soviet of the Armenian SSR"], loc="Yerevan", dtext="on 24 December"),
    ev("party_congress", "shall be convened in January 1976", "1976-01", status=(PLAN,),
       actors=["Communist Party of Armenia"], dtext="in January 1976"),
    ev("party_meeting", "to hold meetings of the party aktiv before 10 January", "1974-12-14", "1975-01-09",
       loose=True, status=(PLAN,), actors=["city and district committees"], dtext="before 10 January"),
    ev("party_meeting", "will be summoned to answer before the Bureau", status=(HYP,), alt=["dismissal_or_resignation"],
       req=False, notes="conditional warning, undated"),
    ev("military_parade", "the parade of the Yerevan garrison", "1974-11-07", loc="Yerevan, Lenin Square",
       dtext="on 7 November"),
    ev("protest", "the demonstration of working people on Lenin Square on 7 November", "1974-11-07", req=False,
       loc="Yerevan", notes="anniversary demonstration; type debatable"),
    ev("party_meeting", "the Bureau had held an emergency sitting the previous Sunday", "1974-12-08", status=(NEG,),
       actors=["Bureau"], dtext="claimed on Tuesday ... the previous Sunday ... no such sitting took place"),
    ev("dismissal_or_resignation", "the head of the republic's government had been dismissed", status=(NEG,), req=False,
       notes="denied rumour"),
    ev("plenary_meeting", "The plenum closed on Friday evening", "1974-12-13", alt=["party_meeting"], req=False,
       dtext="on Friday evening", notes="second mention"),
]

# ---------------------------------------------------------------- 02 Spain 1981
A = "02_madrid_investiture"
PUB[A] = ("1981-02-26", None)
WEEKDAYS[A] = [("1981-02-26", "Thursday"), ("1981-02-20", "Friday"), ("1981-02-23", "Monday"),
               ("1981-02-24", "Tuesday"), ("1981-02-25", "Wednesday"), ("1981-02-27", "Friday"),
               ("1981-03-01", "Sunday")]
FORBIDDEN[A] = ["ELSEWHERE IN THIS ISSUE: Basque talks resume in Vitoria · Farmers march on Zaragoza over diesel · Cartoon of the week"]
G[A] = [
    ev("vote_or_referendum", "the Congress elects a Prime Minister", "1981-02-25", alt=["election_or_appointment"],
       req=False, dtext="headline"),
    ev("vote_or_referendum", "gave its confidence yesterday to the new head of government, by 186 votes to 158",
       "1981-02-25", alt=["election_or_appointment"], actors=["Congress of Deputies"], loc="Madrid", dtext="yesterday"),
    ev("attack", "held at gunpoint for eighteen hours this week", "1981-02-23", "1981-02-24", alts=["1981-02-23"],
       req=False, dtext="this week", notes="first mention of the assault"),
    ev("legislative_session", "The sitting had resumed in the morning", "1981-02-25", actors=["Congress of Deputies"],
       loc="Madrid", dtext="in the morning (yesterday)"),
    ev("speech_or_statement", "with a short speech by the candidate", "1981-02-25", actors=["candidate"],
       dtext="in the morning (yesterday)"),
    ev("vote_or_referendum", "Last Friday he fell seven votes short", "1981-02-20", actors=["Congress of Deputies"],
       dtext="Last Friday"),
    ev("vote_or_referendum", "That ballot was under way on Monday evening", "1981-02-23", status=(OCC, NEG),
       req=False, dtext="on Monday evening", notes="second ballot interrupted by the assault"),
    ev("attack", "some two hundred civil guards burst into the hemicycle", "1981-02-23", "1981-02-24",
       alts=["1981-02-23"], actors=["civil guards"], loc="Congress of Deputies, Madrid",
       dtext="Monday evening ... ended a little before noon on Tuesday"),
    ev("arrest_or_detention", "gave himself up and was taken into custody", "1981-02-24",
       actors=["lieutenant-colonel of the Civil Guard"], loc="Madrid", dtext="a little before noon on Tuesday"),
    ev("speech_or_statement", "the King appeared on television", "1981-02-24", actors=["King"],
       dtext="In the small hours of Tuesday, shortly after one o'clock"),
    ev("speech_or_statement", "proclaimed a state of emergency on Monday night", "1981-02-23", req=False,
       actors=["captain general of the Valencia military region"], loc="Valencia", dtext="on Monday night",
       notes="part of the coup attempt; type debatable"),
    ev("dismissal_or_resignation", "He was relieved of his command on Tuesday", "1981-02-24",
       actors=["captain general of the Valencia military region"], dtext="on Tuesday"),
    ev("arrest_or_detention", "placed under arrest at his headquarters", "1981-02-24",
       actors=["captain general of the Valencia military region"], loc="Valencia", dtext="on Tuesday"),
    ev("summit_or_meeting", "were received by the King at the Zarzuela palace on Tuesday evening", "1981-02-24",
       actors=["King", "leaders of the parliamentary parties"], loc="Madrid", dtext="on Tuesday evening"),
    ev("party_meeting", "the Socialist deputies met behind closed doors", "1981-02-24", actors=["Socialist deputies"],
       loc="Madrid", dtext="Later that night (Tuesday)"),
    ev("vote_or_referendum", "voted with her group", "1981-02-25", req=False, dtext="second mention of the vote"),
    ev("election_or_appointment", "is to be sworn in at the Zarzuela at noon today", "1981-02-26", status=(PLAN,),
       actors=["new Prime Minister"], loc="Madrid", dtext="at noon today"),
    ev("election_or_appointment", "is expected to name his cabinet before the weekend is out", "1981-02-26", "1981-03-01",
       loose=True, status=(EXP, PLAN), actors=["new Prime Minister"], dtext="before the weekend is out"),
    ev("dismissal_or_resignation", "whose resignation announced on television on 29 January", "1981-01-29",
       actors=["predecessor"], dtext="on 29 January"),
    ev("protest", "have called demonstrations in defence of liberty and democracy for tomorrow evening", "1981-02-27",
       status=(PLAN,), actors=["all parties in the Congress"], loc="Madrid and the provincial capitals",
       dtext="tomorrow evening"),
    ev("protest", "A rally that a far-right association had announced for Sunday", "1981-03-01", status=(NEG,),
       actors=["far-right association"], loc="Plaza de Oriente, Madrid", dtext="for Sunday ... has been banned"),
    ev("legislative_session", "The chamber adjourned until 10 March", "1981-03-10", status=(PLAN,),
       actors=["Congress of Deputies"], dtext="until 10 March", notes="budget debate to open"),
    ev("vote_or_referendum", "Should the government lose that vote", status=(HYP,), req=False,
       notes="budget vote, undated"),
    ev("vote_or_referendum", "an early election within the year", "1981-02-26", "1981-12-31", loose=True,
       status=(HYP,), req=False, dtext="within the year"),
]

# ---------------------------------------------------------------- 03 Haiti 1986
A = "03_port_au_prince_departure"
PUB[A] = ("1986-02-07T16:45", None)
WEEKDAYS[A] = [("1986-02-07", "Friday"), ("1986-02-06", "Thursday"), ("1986-02-08", "Saturday"),
               ("1986-02-10", "Monday")]
FORBIDDEN[A] = ["ACP also moved: Dominican cane cutters strike in La Romana · Jamaica: opposition to meet on poll boycott · Cuba-Haiti ferry resumes"]
G[A] = [
    ev("dismissal_or_resignation", "flies into exile as army-led council takes over", "1986-02-07", req=False,
       dtext="headline"),
    ev("dismissal_or_resignation", "left Haiti before dawn today aboard a United States Air Force transport",
       "1986-02-07", actors=["President-for-Life"], loc="Port-au-Prince", dtext="before dawn today",
       notes="flight into exile ends his rule"),
    ev("election_or_appointment", "headed by the army chief of staff took power within hours", "1986-02-07",
       actors=["National Council of Government", "army chief of staff"], loc="Port-au-Prince", dtext="within hours (today)"),
    ev("agreement", "which agreed late on Thursday to receive the family", "1986-02-06", actors=["French government"],
       dtext="late on Thursday"),
    ev("speech_or_statement", "The army chief read a statement on national radio at about 8 a.m.", "1986-02-07",
       actors=["army chief of staff"], loc="Port-au-Prince", dtext="at about 8 a.m. (today)"),
    ev("speech_or_statement", "the state of siege proclaimed on 31 January", "1986-01-31", req=False,
       dtext="on 31 January", notes="proclamation; its lifting today is not annotated"),
    ev("protest", "Tens of thousands of people poured into the streets of the capital", "1986-02-07", req=False,
       loc="Port-au-Prince", notes="celebrations"),
    ev("attack", "Crowds attacked the homes and offices of members of the Volunteers for National Security",
       "1986-02-07", actors=["crowds"], loc="Port-au-Prince", dtext="today"),
    ev("attack", "was smashed open with hammers", "1986-02-07", req=False, loc="Port-au-Prince",
       notes="mausoleum"),
    ev("arrest_or_detention", "Soldiers detained at least fifteen militia commanders during the day", "1986-02-07",
       actors=["soldiers"], loc="Port-au-Prince", dtext="during the day"),
    ev("protest", "three months of protests that began in Gonaïves", "1985-11", "1986-02-07", loose=True,
       alts=["1985-11"], actors=["protesters"], loc="Gonaïves", dtext="three months ... began ... 28 November",
       notes="protest movement dated by its span"),
    ev("attack", "three schoolboys were shot dead by security forces on 28 November", "1985-11-28",
       actors=["security forces"], loc="Gonaïves", dtext="on 28 November"),
    ev("protest", "The unrest spread to Cap-Haïtien and the south in January", "1986-01", loc="Cap-Haïtien",
       dtext="in January"),
    ev("sanctions", "Washington suspended most of its economic aid on 30 January", "1986-01-30",
       actors=["United States"], dtext="on 30 January"),
    ev("speech_or_statement", "The following day the White House announced that the government had fallen",
       "1986-01-31", actors=["White House"], dtext="The following day (after 30 January)"),
    ev("dismissal_or_resignation", "withdrew the statement within hours", "1986-01-31", status=(NEG,), req=False,
       notes="the reported fall did not happen then"),
    ev("summit_or_meeting", "The United States ambassador called on the President-for-Life at the National Palace on Thursday evening",
       "1986-02-06", actors=["United States ambassador", "President-for-Life"], loc="National Palace",
       dtext="on Thursday evening"),
    ev("protest", "a crowd surrounded the prefecture today", "1986-02-07", loc="Gonaïves", dtext="today"),
    ev("summit_or_meeting", "it would receive the diplomatic corps on Saturday", "1986-02-08", status=(PLAN,),
       actors=["National Council of Government", "diplomatic corps"], dtext="on Saturday"),
    ev("vote_or_referendum", "promised elections, without giving a date", status=(PLAN,),
       actors=["National Council of Government"], notes="undated"),
    ev("protest", "A general strike that opposition groups had called for Monday was called off", "1986-02-10",
       status=(NEG,), actors=["opposition groups"], dtext="for Monday ... called off"),
]

# ---------------------------------------------------------------- 04 Sudan 1985
A = "04_khartoum_monitor"
PUB[A] = ("1985-04-08T06:00", None)
WEEKDAYS[A] = [("1985-04-08", "Monday"), ("1985-04-06", "Saturday"), ("1985-04-07", "Sunday"),
               ("1985-04-03", "Wednesday"), ("1985-04-09", "Tuesday"), ("1985-04-05", "Friday"),
               ("1985-04-02", "Tuesday"), ("1985-04-01", "Monday")]
FORBIDDEN[A] = ["OTHER ITEMS IN THIS PART: Libya: leader's speech to people's congress · Chad: clashes near Faya reported · Egypt: assembly vote on budget"]
G[A] = [
    ev("dismissal_or_resignation", "Armed forces take over after twelve days", "1985-04-06", alt=["attack"], req=False,
       dtext="headline"),
    ev("dismissal_or_resignation", "it had removed the President from power", "1985-04-06", alt=["attack"],
       actors=["general command of the armed forces", "President"], loc="Khartoum", dtext="on Saturday morning"),
    ev("speech_or_statement", "The general command of the armed forces announced on Saturday morning", "1985-04-06",
       actors=["general command of the armed forces"], loc="Omdurman radio", dtext="on Saturday morning"),
    ev("summit_or_meeting", "He had held talks with American officials in Washington earlier in the week",
       "1985-04-01", "1985-04-06", loose=True, actors=["President", "American officials"], loc="Washington",
       dtext="earlier in the week (of Saturday 6 April)"),
    ev("protest", "Hundreds of thousands of people filled the streets of Khartoum and Omdurman", "1985-04-06",
       req=False, dtext="on Saturday afternoon", notes="celebrations"),
    ev("attack", "crowds stormed the headquarters of the State Security Organisation", "1985-04-06",
       actors=["crowds"], loc="Khartoum", dtext="On Saturday night"),
    ev("party_meeting", "A session of the Political Bureau of the Socialist Union that had been called for Sunday morning",
       "1985-04-07", status=(NEG,), actors=["Sudan Socialist Union"], dtext="for Sunday morning ... did not take place"),
    ev("arrest_or_detention", "had been placed under arrest on Sunday", "1985-04-07",
       actors=["First Vice-President", "senior security officers"], dtext="on Sunday"),
    ev("protest", "whose general strike began on Wednesday", "1985-04-03", "1985-04-07",
       alts=[("1985-04-03", "1985-04-08"), "1985-04-03"], status=(OCC, ONG),
       actors=["alliance of professional associations and trade unions"], loc="Khartoum",
       dtext="began on Wednesday ... return to work this morning"),
    ev("speech_or_statement", "said on Sunday evening that its members would return to work", "1985-04-07",
       actors=["alliance of professional associations and trade unions"], dtext="on Sunday evening"),
    ev("election_or_appointment", "a transitional military council would be formed within days", "1985-04-08",
       "1985-04-14", loose=True, status=(EXP, PLAN), actors=["general command"], dtext="within days"),
    ev("vote_or_referendum", "to hand power to an elected civilian government within one year", "1985-04-08",
       "1986-04-08", loose=True, status=(PLAN, HYP), actors=["general command"], dtext="within one year"),
    ev("summit_or_meeting", "will meet leaders of the alliance and of the political parties on Tuesday", "1985-04-09",
       status=(PLAN,), actors=["general command", "alliance", "political parties"], dtext="on Tuesday"),
    ev("speech_or_statement", "The Egyptian government said on Saturday evening", "1985-04-06", req=False,
       actors=["Egyptian government"], dtext="on Saturday evening"),
    ev("speech_or_statement", "The rebel radio rejected what it called a change of faces", "1985-04-07", req=False,
       actors=["SPLA"], dtext="broadcast 1400 gmt 7 Apr 85"),
    ev("attack", "had overrun a government garrison near Bor on Friday", "1985-04-05", actors=["SPLA"], loc="Bor",
       dtext="on Friday"),
    ev("attack", "fighting would intensify unless the army handed over", status=(HYP,), req=False,
       notes="conditional threat"),
    ev("protest", "students in Omdurman marched against steep increases", "1985-03-26", actors=["students"],
       loc="Omdurman", dtext="on 26 March"),
    ev("arrest_or_detention", "Two days later the security forces detained hundreds of demonstrators", "1985-03-28",
       actors=["security forces"], loc="Khartoum", dtext="Two days later (than 26 March)"),
    ev("protest", "A rally called by the ruling party in support of the President on Tuesday 2 April", "1985-04-02",
       actors=["Sudan Socialist Union"], loc="Khartoum", dtext="on Tuesday 2 April", notes="pro-government rally"),
    ev("protest", "the doctors' union declared an open strike the next day", "1985-04-03", actors=["doctors' union"],
       dtext="the next day (after 2 April)"),
]

# ---------------------------------------------------------------- 05 East Timor 1999
A = "05_dili_ballot_result"
PUB[A] = ("1999-09-04", None)
WEEKDAYS[A] = [("1999-09-04", "Saturday"), ("1999-08-30", "Monday"), ("1999-09-03", "Friday"),
               ("1999-09-02", "Thursday"), ("1999-09-05", "Sunday"), ("1999-09-06", "Monday"),
               ("1999-09-12", "Sunday")]
FORBIDDEN[A] = ["ALSO IN THIS SPECIAL: Voters' voices from Baucau · Map: where the militias attack · Analysis: what the Jakarta assembly vote means"]
G[A] = [
    ev("vote_or_referendum", "Nearly four in five vote to leave Indonesia", "1999-08-30", req=False, dtext="headline"),
    ev("speech_or_statement", "the United Nations announced this morning", "1999-09-04",
       alt=["election_or_appointment", "vote_or_referendum"], req=False, dtext="this morning",
       notes="first mention of the announcement"),
    ev("speech_or_statement", "The head of the UN mission read out the figures at 9.10 a.m.", "1999-09-04",
       alt=["election_or_appointment", "vote_or_referendum"], actors=["head of the UN mission"],
       loc="Mahkota Hotel, Dili", dtext="at 9.10 a.m. (today)"),
    ev("vote_or_referendum", "valid ballots cast in Monday's ballot", "1999-08-30", actors=["East Timorese voters"],
       loc="East Timor", dtext="Monday's"),
    ev("attack", "fired on houses and set fire to at least two shops", "1999-09-04", actors=["militiamen"],
       loc="Dili", dtext="Within an hour (of the announcement)"),
    ev("protest", "A victory rally that independence supporters had planned for this afternoon", "1999-09-04",
       status=(NEG,), actors=["independence supporters"], loc="Dili", dtext="this afternoon ... called off"),
    ev("speech_or_statement", "The pro-autonomy front said at a press conference this afternoon", "1999-09-04",
       actors=["pro-autonomy front"], loc="Dili", dtext="this afternoon"),
    ev("protest", "would boycott any transitional body", status=(HYP,), req=False, notes="hinted boycott"),
    ev("attack", "two local UN employees were stabbed to death in Atsabe", "1999-08-30", loc="Atsabe",
       dtext="On polling day itself"),
    ev("attack", "militias have since driven thousands of villagers from their homes", "1999-08-30", "1999-09-04",
       loose=True, status=(OCC, ONG), req=False, loc="Maliana", dtext="since (polling day)"),
    ev("arrest_or_detention", "they had arrested nine militiamen on Friday", "1999-09-03", actors=["Indonesian police"],
       dtext="on Friday"),
    ev("dismissal_or_resignation", "The territory's police chief was replaced on Thursday", "1999-09-02",
       alt=["election_or_appointment"], dtext="on Thursday"),
    ev("agreement", "the accords signed in New York on 5 May", "1999-05-05", actors=["Indonesia", "Portugal"],
       loc="New York", dtext="on 5 May"),
    ev("legislative_session", "which is due to convene in October", "1999-10", status=(PLAN,),
       actors=["People's Consultative Assembly"], loc="Jakarta", dtext="in October"),
    ev("vote_or_referendum", "If the assembly confirms the vote", "1999-10", status=(HYP,), req=False,
       dtext="at the October session"),
    ev("speech_or_statement", "it was made by the Indonesian President in January", "1999-01",
       actors=["Indonesian President"], dtext="in January"),
    ev("election_or_appointment", "barely eight months after he took office", "1998-05", req=False,
       dtext="eight months before January 1999"),
    ev("summit_or_meeting", "The Security Council is expected to meet in closed session in New York tomorrow",
       "1999-09-05", status=(EXP, PLAN), actors=["Security Council"], loc="New York", dtext="tomorrow"),
    ev("summit_or_meeting", "A council delegation is to fly to Jakarta and Dili next week", "1999-09-06", "1999-09-12",
       loose=True, status=(PLAN,), actors=["Security Council delegation"], dtext="next week"),
    ev("speech_or_statement", "the President is expected to address the nation tonight", "1999-09-04",
       status=(EXP, PLAN), actors=["Indonesian President"], loc="Jakarta", dtext="tonight"),
    ev("arrest_or_detention", "has been under house arrest in Jakarta since February", "1999-02", status=(ONG, OCC),
       actors=["resistance leader"], loc="Jakarta", dtext="since February", notes="ongoing detention dated by its start"),
    ev("speech_or_statement", "called by telephone for calm", req=False, actors=["resistance leader"],
       notes="no day given"),
    ev("attack", "Indonesian troops landed in East Timor in December 1975", "1975-12", actors=["Indonesian troops"],
       dtext="in December 1975", notes="invasion"),
]

# ---------------------------------------------------------------- 06 Kyrgyzstan 2005
A = "06_bishkek_weekly_analysis"
PUB[A] = (None, ["2005-04-01", "2005-04-02"])
WEEKDAYS[A] = [("2005-04-01", "Friday"), ("2005-04-02", "Saturday"), ("2005-03-30", "Wednesday"),
               ("2005-03-27", "Sunday"), ("2005-03-28", "Monday"), ("2005-04-04", "Monday"),
               ("2005-04-10", "Sunday"), ("2005-03-26", "Saturday"), ("2005-03-24", "Thursday")]
FORBIDDEN[A] = ["Read also: \"Tulips and tear gas: how the south rose\" · \"Who funds the opposition press?\" · Letters: the march that wasn't"]
G[A] = [
    ev("protest", "pushed through a thin line of riot police and stormed the seat of government", "2005-03-24",
       alt=["attack"], actors=["crowd"], loc="Bishkek, Ala-Too Square", dtext="On 24 March"),
    ev("dismissal_or_resignation", "had fled the country with his family", "2005-03-24", actors=["President"],
       dtext="By evening (24 March)", notes="flight ends his rule; formal resignation still pending"),
    ev("election_or_appointment", "in office since October 1990", "1990-10", req=False, dtext="since October 1990"),
    ev("attack", "looters emptied shops and department stores", "2005-03-24", "2005-03-26", loose=True, req=False,
       loc="Bishkek", dtext="That night and the next", notes="looting"),
    ev("arrest_or_detention", "detained about 200 people over the weekend of 26-27 March", "2005-03-26", "2005-03-27",
       actors=["police", "volunteer patrols"], loc="Bishkek", dtext="over the weekend of 26-27 March"),
    ev("legislative_session", "convened in separate halls of the same building", "2005-03-25",
       actors=["outgoing parliament", "new parliament"], loc="Bishkek", dtext="On 25 March"),
    ev("election_or_appointment", "acting prime minister and, a few hours later, acting president", "2005-03-25",
       actors=["old chamber", "opposition politician"], dtext="On 25 March ... a few hours later"),
    ev("vote_or_referendum", "when the old parliament voted to dissolve itself", "2005-03-29",
       actors=["old parliament"], dtext="on 29 March"),
    ev("agreement", "signed a protocol dividing responsibilities between them", "2005-03-29",
       actors=["acting president", "former security minister"], dtext="The same day (29 March)"),
    ev("dismissal_or_resignation", "The fugitive President has not resigned.", status=(NEG,), req=False,
       notes="negated resignation, undated"),
    ev("dismissal_or_resignation", "Talks on a formal resignation", "2005-04-04", "2005-04-10", loose=True,
       status=(EXP, PLAN), alt=["agreement"], actors=["President"], loc="Moscow",
       dtext="expected to end next week with a document signed in Moscow"),
    ev("vote_or_referendum", "parliament could open impeachment proceedings", status=(HYP,),
       actors=["parliament"], notes="conditional on a refusal to resign, undated"),
    ev("summit_or_meeting", "On Wednesday the acting president received the Russian ambassador", "2005-03-30",
       actors=["acting president", "Russian ambassador"], dtext="On Wednesday"),
    ev("vote_or_referendum", "has fixed the presidential election for 26 June", "2005-06-26", status=(PLAN,),
       actors=["acting government"], dtext="for 26 June"),
    ev("protest", "A rally by supporters of the former President that had been announced for last Sunday",
       "2005-03-27", status=(NEG,), loc="Bishkek", dtext="for last Sunday ... never took place"),
    ev("vote_or_referendum", "The parliamentary elections that set this in motion", "2005-02-27", "2005-03-13",
       req=False, dtext="February and March (chronology)"),
    ev("vote_or_referendum", "First round of parliamentary elections", "2005-02-27", dtext="27 February"),
    ev("vote_or_referendum", "Run-off ballots in most constituencies", "2005-03-13", dtext="13 March"),
    ev("protest", "Protesters seize the regional administration in Jalal-Abad", "2005-03-20", alt=["attack"],
       loc="Jalal-Abad", dtext="20 March"),
    ev("protest", "Demonstrators take over government buildings in Osh", "2005-03-21", alt=["attack"], loc="Osh",
       dtext="21 March"),
    ev("protest", "The White House is stormed in Bishkek", "2005-03-24", alt=["attack"], req=False,
       dtext="24 March (chronology, second mention)"),
    ev("dismissal_or_resignation", "the President leaves the country", "2005-03-24", req=False,
       dtext="24 March (chronology, second mention)"),
    ev("election_or_appointment", "an acting president is named", "2005-03-25", req=False,
       dtext="25 March (chronology, second mention)"),
    ev("vote_or_referendum", "Presidential election (planned)", "2005-06-26", status=(PLAN,), req=False,
       dtext="26 June (chronology, second mention)"),
]

# ---------------------------------------------------------------- 07 Lebanon 2019
A = "07_beirut_resignation_live"
PUB[A] = ("2019-10-29T21:37", None)
WEEKDAYS[A] = [("2019-10-29", "Tuesday"), ("2019-10-31", "Thursday"), ("2019-10-25", "Friday"),
               ("2019-10-27", "Sunday"), ("2019-10-17", "Thursday"), ("2019-10-21", "Monday"),
               ("2019-10-15", "Tuesday")]
FORBIDDEN[A] = ["Most read: Central bank governor: no haircut on deposits · Chile cancels summit as protests grow · Iraq: deadly clashes in Karbala"]
G[A] = [
    ev("dismissal_or_resignation", "Prime Minister resigns after camp is wrecked", "2019-10-29", req=False,
       dtext="headline"),
    ev("protest", "Protesters remain in Martyrs' Square", "2019-10-29", status=(ONG, OCC), req=False,
       dtext="21:37 entry"),
    ev("speech_or_statement", "The army command issued a statement urging demonstrators", "2019-10-29",
       actors=["army command"], dtext="20:05 entry"),
    ev("protest", "where protesters had blocked the coastal highway since dawn", "2019-10-29", actors=["protesters"],
       loc="Jal el-Dib", dtext="since dawn (today)"),
    ev("summit_or_meeting", "A cabinet meeting that had been planned for Thursday will not now take place",
       "2019-10-31", status=(NEG,), actors=["cabinet"], dtext="for Thursday ... will not now take place"),
    ev("summit_or_meeting", "the binding consultations with parliamentary blocs", status=(PLAN,),
       actors=["presidency", "parliamentary blocs"], dtext="no date set", notes="undated"),
    ev("election_or_appointment", "the nomination of a new head of government", status=(PLAN,), req=False,
       notes="undated"),
    ev("protest", "Cheering, car horns and fireworks in Riad al-Solh Square", "2019-10-29", req=False,
       notes="celebration"),
    ev("dismissal_or_resignation", "has announced the resignation of his government", "2019-10-29",
       actors=["Prime Minister"], loc="Beirut", dtext="16:10 entry"),
    ev("speech_or_statement", "in a short televised address from his residence", "2019-10-29",
       actors=["Prime Minister"], loc="Beirut", dtext="16:10 entry"),
    ev("dismissal_or_resignation", "would hand his resignation to the President", "2019-10-29", status=(PLAN,),
       req=False, dtext="later today"),
    ev("arrest_or_detention", "reports that anyone was detained", status=(HYP, NEG), req=False,
       notes="unconfirmed reports"),
    ev("attack", "stormed the protest camp in Riad al-Solh and Martyrs' Square shortly after midday", "2019-10-29",
       actors=["several dozen young men"], loc="Beirut", dtext="shortly after midday (13:05 entry)"),
    ev("protest", "The protests began on the evening of 17 October", "2019-10-17", "2019-10-29", loose=True,
       alts=["2019-10-17"], status=(ONG, OCC), loc="Lebanon", dtext="began on the evening of 17 October ... ever since"),
    ev("disaster", "forest fires that the state lacked the aircraft to fight had ravaged the Chouf hills", "2019-10-15",
       loc="Chouf", dtext="two days after (before 17 October)"),
    ev("vote_or_referendum", "On 21 October the cabinet approved an emergency reform package", "2019-10-21",
       alt=["speech_or_statement", "agreement"], actors=["cabinet"], dtext="On 21 October",
       notes="cabinet decision; type debatable"),
    ev("speech_or_statement", "the leader of Hezbollah warned in a televised speech", "2019-10-25",
       actors=["leader of Hezbollah"], dtext="On Friday"),
    ev("protest", "tens of thousands joined hands in a human chain", "2019-10-27", loc="Lebanese coast",
       dtext="On Sunday"),
    ev("protest", "Activists have called a march to the central bank in Hamra for Thursday afternoon", "2019-10-31",
       status=(PLAN,), actors=["activists"], loc="Hamra, Beirut", dtext="for Thursday afternoon"),
    ev("dismissal_or_resignation", "The Prime Minister resigned on day 13 of the protests", "2019-10-29", req=False,
       dtext="key points"),
    ev("attack", "attacked the main protest camp", "2019-10-29", req=False, dtext="key points"),
    ev("protest", "The march on the central bank is still planned for Thursday", "2019-10-31", status=(PLAN,),
       req=False, dtext="key points"),
]

# ---------------------------------------------------------------- 08 Malaysia 2018
A = "08_kuala_lumpur_court"
PUB[A] = ("2018-07-04T20:47", None)
WEEKDAYS[A] = [("2018-07-04", "Wednesday"), ("2018-07-03", "Tuesday"), ("2018-07-06", "Friday"),
               ("2018-07-07", "Saturday")]
FORBIDDEN[A] = ["MORE FROM COURTS: Ex-minister arrested over land deal · Teachers march to Putrajaya over pay · Sabah vote petition dismissed"]
G[A] = [
    ev("arrest_or_detention", "He had been arrested at his home in Jalan Langgak Duta", "2018-07-03",
       actors=["Malaysian Anti-Corruption Commission", "former prime minister"], loc="Kuala Lumpur",
       dtext="at about 2.30pm on Tuesday"),
    ev("arrest_or_detention", "spent the night at the commission's headquarters in Putrajaya", "2018-07-03",
       "2018-07-04", req=False, loc="Putrajaya", dtext="Tuesday night"),
    ev("protest", "About 300 supporters in party colours waited outside the complex", "2018-07-04",
       actors=["supporters"], loc="Duta court complex", dtext="from early morning (today)"),
    ev("protest", "A candlelight vigil that his party's youth wing had called for Tuesday night", "2018-07-03",
       status=(NEG,), actors=["party youth wing"], loc="Putrajaya", dtext="for Tuesday night ... cancelled"),
    ev("protest", "now plans a gathering at the Putra World Trade Centre on Saturday", "2018-07-07", status=(PLAN,),
       alt=["party_meeting"], actors=["party youth wing"], loc="Kuala Lumpur", dtext="on Saturday"),
    ev("speech_or_statement", "In a statement posted on his social media accounts late last night", "2018-07-03",
       actors=["former prime minister"], dtext="late last night"),
    ev("speech_or_statement", "He did not speak to reporters today.", "2018-07-04", status=(NEG,), req=False,
       dtext="today"),
    ev("vote_or_referendum", "was defeated in the general election of 9 May", "2018-05-09", dtext="of 9 May"),
    ev("election_or_appointment", "was sworn in as prime minister the following night", "2018-05-10",
       actors=["opposition alliance's leader"], dtext="the following night (after 9 May)"),
    ev("dismissal_or_resignation", "he stepped down as president of his party", "2018-05-12",
       actors=["former prime minister"], dtext="Three days after the vote, on 12 May"),
    ev("election_or_appointment", "His party chose a new president in an internal election on 30 June", "2018-06-30",
       alt=["vote_or_referendum"], dtext="on 30 June"),
    ev("speech_or_statement", "had cleared him of wrongdoing in January 2016", "2016-01", actors=["attorney-general"],
       dtext="in January 2016"),
    ev("dismissal_or_resignation", "was sent on leave in early June and his appointment later revoked", "2018-06-01",
       "2018-06-10", loose=True, alts=["2018-06"], actors=["attorney-general"], dtext="in early June"),
    ev("sanctions", "had penalised several banks in 2016 and 2017", "2016", "2017",
       actors=["regulators in Singapore and Switzerland"], dtext="in 2016 and 2017"),
    ev("party_meeting", "The party's supreme council is due to meet on Friday", "2018-07-06", status=(PLAN,),
       actors=["party supreme council"], dtext="on Friday"),
    ev("arrest_or_detention", "further charges could follow", status=(HYP,), req=False, notes="conditional"),
]

# ---------------------------------------------------------------- 09 Niger 2023
A = "09_niamey_sanctions_brief"
PUB[A] = ("2023-08-01T06:30", None)
WEEKDAYS[A] = [("2023-08-01", "Tuesday"), ("2023-07-30", "Sunday"), ("2023-07-26", "Wednesday"),
               ("2023-07-28", "Friday"), ("2023-07-29", "Saturday"), ("2023-07-31", "Monday"),
               ("2023-08-02", "Wednesday"), ("2023-08-04", "Friday"), ("2023-08-06", "Sunday")]
FORBIDDEN[A] = ["Subject: SRB 23-31 | Niger sanctions, ultimatum, what to watch this week",
                "In the last brief: Mali referendum results confirmed · Burkina Faso: attack near Djibo · Guinea talks stall"]
G[A] = [
    ev("sanctions", "closes borders, freezes assets and gives the junta one week", "2023-07-30", req=False,
       dtext="headline"),
    ev("sanctions", "imposed the heaviest sanctions in its history on Niger", "2023-07-30", actors=["ECOWAS"],
       loc="Abuja", dtext="on Sunday"),
    ev("summit_or_meeting", "at an extraordinary summit in Abuja on Sunday", "2023-07-30", actors=["ECOWAS"],
       loc="Abuja", dtext="on Sunday"),
    ev("dismissal_or_resignation", "four days after members of the presidential guard seized power in Niamey",
       "2023-07-26", alt=["attack", "arrest_or_detention"], actors=["presidential guard"], loc="Niamey",
       dtext="four days before the summit of 30 July"),
    ev("sanctions", "closed all land and air borders with Niger to commercial traffic", "2023-07-30", req=False,
       dtext="Sunday's decisions, detail"),
    ev("sanctions", "cut Niger off from the regional debt market", "2023-07-30",
       actors=["West African monetary union"], loc="Abuja", dtext="the same day"),
    ev("summit_or_meeting", "The leaders of the West African monetary union, meeting separately in Abuja",
       "2023-07-30", req=False, loc="Abuja", dtext="the same day"),
    ev("vote_or_referendum", "who was voted into office in February 2021", "2021-02", dtext="in February 2021"),
    ev("speech_or_statement", "ECOWAS also demanded that the elected President", "2023-07-30", req=False,
       dtext="communiqué of Sunday"),
    ev("attack", "which may include the use of force", status=(HYP,), actors=["ECOWAS"],
       notes="conditional use of force, undated"),
    ev("arrest_or_detention", "soldiers of the presidential guard detained the President in his residence",
       "2023-07-26", status=(OCC, ONG), actors=["presidential guard", "President"], loc="Niamey",
       dtext="On Wednesday 26 July ... ever since"),
    ev("election_or_appointment", "declared himself head of a National Council for the Safeguard of the Homeland",
       "2023-07-28", actors=["commander of the presidential guard"], dtext="On Friday"),
    ev("speech_or_statement", "appeared on national television", "2023-07-28", req=False, dtext="On Friday"),
    ev("sanctions", "The European Union suspended budget support and security cooperation on Saturday", "2023-07-29",
       actors=["European Union"], dtext="on Saturday"),
    ev("sanctions", "France halted its development aid the same day", "2023-07-29", actors=["France"],
       dtext="the same day (Saturday)"),
    ev("protest", "Thousands of the council's supporters rallied in Niamey on Sunday", "2023-07-30",
       actors=["junta supporters"], loc="Niamey", dtext="on Sunday"),
    ev("attack", "tore down its plaque and set fire to an outer door", "2023-07-30", actors=["crowd"],
       loc="French embassy, Niamey", dtext="on Sunday"),
    ev("speech_or_statement", "The junta has accused Paris of planning to intervene militarily", req=False,
       notes="undated accusation"),
    ev("speech_or_statement", "said in a joint statement on Monday evening", "2023-07-31",
       actors=["military governments of Mali and Burkina Faso"], dtext="on Monday evening"),
    ev("summit_or_meeting", "Chad's head of state travelled to Niamey on Sunday and saw both the coup leaders",
       "2023-07-30", actors=["Chad's head of state", "coup leaders", "President"], loc="Niamey", dtext="on Sunday"),
    ev("agreement", "his mediation produced no agreement", "2023-07-30", status=(NEG,), req=False, dtext="Sunday"),
    ev("summit_or_meeting", "ECOWAS defence chiefs meet in Abuja from Wednesday to Friday", "2023-08-02", "2023-08-04",
       status=(PLAN,), actors=["ECOWAS defence chiefs"], loc="Abuja", dtext="from Wednesday to Friday"),
    ev("sanctions", "is expected to cut exports over the border in the coming days", "2023-08-01", "2023-08-06",
       loose=True, status=(EXP, PLAN), actors=["Nigeria"], dtext="in the coming days",
       notes="electricity cut-off"),
]

# ---------------------------------------------------------------- 10 Sweden 2026
A = "10_visby_exercise_release"
PUB[A] = ("2026-03-12T14:00", None)
WEEKDAYS[A] = [("2026-03-12", "Thursday"), ("2026-03-09", "Monday"), ("2026-03-20", "Friday"),
               ("2026-03-11", "Wednesday"), ("2026-03-10", "Tuesday"), ("2026-03-14", "Saturday"),
               ("2026-03-16", "Monday"), ("2026-03-22", "Sunday"), ("2026-03-13", "Friday")]
FORBIDDEN[A] = ["Previous releases: Gotland Regiment completes winter drill · Minister to visit Karlskrona naval base · Navy intercepts foreign vessel near Öland"]
G[A] = [
    ev("weapons_test", "anti-ship missile fired", "2026-03-11", req=False, dtext="headline"),
    ev("weapons_test", "second firing postponed", "2026-03-12", status=(NEG,), req=False, dtext="headline"),
    ev("military_exercise", "landing exercise cancelled", "2026-03-14", status=(NEG,), req=False, dtext="headline"),
    ev("military_exercise", "The national exercise STORMVAKT 26, which began on Monday, is continuing", "2026-03-09",
       "2026-03-20", status=(ONG, OCC), actors=["Swedish Armed Forces", "Finnish and Norwegian troops"],
       loc="southern Baltic, Gotland, Blekinge", dtext="began on Monday ... runs until Friday 20 March"),
    ev("weapons_test", "fired an RBS 15 anti-ship missile at a target barge", "2026-03-11",
       actors=["HMS Nyköping"], loc="south of Hanö Bay", dtext="On Wednesday"),
    ev("weapons_test", "A second firing, from a coastal missile battery at Karlskrona, was planned for this morning",
       "2026-03-12", status=(NEG,), actors=["coastal missile battery"], dtext="this morning ... postponed"),
    ev("weapons_test", "It will now take place early next week", "2026-03-16", "2026-03-22", loose=True,
       status=(PLAN,), dtext="early next week (whole next week, loose)"),
    ev("weapons_test", "the firing would be moved to the autumn exercise programme", status=(HYP,), req=False,
       notes="conditional"),
    ev("weapons_test", "shot down two target drones with IRIS-T SLS missiles", "2026-03-10", alt=["military_exercise"],
       actors=["Gotland Regiment air defence unit"], loc="north of Tofta", dtext="On Tuesday"),
    ev("arrest_or_detention", "police on Gotland detained two men", "2026-03-10", actors=["police"],
       loc="Visby airport", dtext="The same evening (Tuesday)"),
    ev("summit_or_meeting", "The Minister for Defence visited the exercise headquarters in Visby on Wednesday",
       "2026-03-11", actors=["Minister for Defence"], loc="Visby", dtext="on Wednesday"),
    ev("summit_or_meeting", "He also met the commander of the Finnish contingent", "2026-03-11", req=False,
       dtext="Wednesday"),
    ev("military_exercise", "The amphibious landing exercise at Slite planned for Saturday has been cancelled",
       "2026-03-14", status=(NEG,), loc="Slite", dtext="for Saturday ... cancelled"),
    ev("agreement", "host-nation support arrangements signed by the three countries in Oslo in December", "2025-12",
       actors=["Sweden", "Finland", "Norway"], loc="Oslo", dtext="in December"),
    ev("military_exercise", "in the second phase of the exercise, from Monday", "2026-03-16", "2026-03-20",
       status=(PLAN,), req=False, dtext="from Monday"),
    ev("speech_or_statement", "in his address at the national security conference in Sälen in January", "2026-01",
       actors=["Supreme Commander"], loc="Sälen", dtext="in January"),
    ev("vote_or_referendum", "The Riksdag will vote on 25 March", "2026-03-25", status=(PLAN,), actors=["Riksdag"],
       dtext="on 25 March"),
    ev("summit_or_meeting", "the alliance summit in Ankara in July", "2026-07", status=(PLAN,), actors=["NATO"],
       loc="Ankara", dtext="in July"),
]


def main():
    lines = []
    for aid in sorted(G):
        pub, rng = PUB[aid]
        rec = {"article_id": aid, "published": pub}
        if pub is None:
            rec["published_inferred_range"] = rng
        rec["events"] = G[aid]
        rec["forbidden"] = FORBIDDEN[aid]
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = sum(len(v) for v in G.values())
    r = sum(e["required"] for v in G.values() for e in v)
    print(f"wrote {len(lines)} articles, {n} events, {r} required")


if __name__ == "__main__":
    main()
