#!/usr/bin/env python3
"""Hand-typed gold for test8 -> gold.jsonl. Run: python3 make_gold.py"""
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

# ---------------------------------------------------------------- 01 Mozambique 1983
A = "01_maputo_congress"
PUB[A] = ("1983-05-01", None)
WEEKDAYS[A] = [("1983-05-01", "Sunday"), ("1983-04-26", "Tuesday"), ("1983-04-27", "Wednesday"),
               ("1983-04-28", "Thursday"), ("1983-04-29", "Friday"), ("1983-04-30", "Saturday")]
FORBIDDEN[A] = ["Other reports, page 3: Beira dockers prepare May Day march · Cashew buyers meet in Nampula"]
G[A] = [
    ev("party_congress", "FOURTH CONGRESS ENDS", "1983-04-26", "1983-04-30", alts=["1983-04-30"], req=False,
       actors=["Frelimo Party"], loc="Maputo", dtext="headline", notes="headline"),
    ev("party_congress", "The Fourth Congress of the Frelimo Party ended", "1983-04-26", "1983-04-30",
       alts=["1983-04-30"], actors=["Frelimo Party"], loc="Maputo",
       dtext="ended late yesterday after five days; meeting since Tuesday"),
    ev("speech_or_statement", "opened the proceedings with a report", "1983-04-26",
       actors=["President of the Party"], loc="Maputo", dtext="since Tuesday, when"),
    ev("election_or_appointment", "the congress chose a Central Committee of 128 members", "1983-04-30",
       actors=["Fourth Congress"], loc="Maputo", dtext="On the closing day"),
    ev("plenary_meeting", "met in its first plenary session the same evening", "1983-04-30",
       alt=["party_meeting"], actors=["Central Committee"], loc="Maputo", dtext="the same evening (closing day)"),
    ev("election_or_appointment", "elected a Political Bureau of twelve", "1983-04-30",
       actors=["Central Committee", "Armindo Cuamba", "Rosalina Mbalane"], loc="Maputo", dtext="the same evening"),
    ev("dismissal_or_resignation", "were not returned", "1983-04-30", req=False,
       actors=["three outgoing CC members"], dtext="closing-day election", notes="non-re-election"),
    ev("dismissal_or_resignation", "had been removed from his functions in January", "1983-01",
       actors=["former director of the state cotton company"], dtext="in January"),
    ev("party_meeting", "In the economic commission, which sat on Wednesday and Thursday", "1983-04-27", "1983-04-28",
       alt=["summit_or_meeting", "party_congress"], req=False, actors=["economic commission of the congress"],
       dtext="on Wednesday and Thursday", notes="commission of the congress, not a standing body"),
    ev("vote_or_referendum", "The directives adopted on Friday by a show of hands", "1983-04-29",
       actors=["Fourth Congress"], loc="Maputo", dtext="on Friday"),
    ev("party_congress", "the closed session on Thursday", "1983-04-28", alt=["party_meeting"], req=False,
       dtext="on Thursday", notes="a session of the congress"),
    ev("attack", "had ambushed a convoy of lorries on the Beira road on 12 April", "1983-04-12",
       actors=["armed bandits"], loc="Beira road", dtext="on 12 April"),
    ev("arrest_or_detention", "security forces detained more than forty suspected suppliers", "1983-04",
       actors=["security forces"], loc="Manica", dtext="last month"),
    ev("party_meeting", "taken by the Political Bureau at its meeting of 18 April", "1983-04-18",
       actors=["Political Bureau"], dtext="of 18 April"),
    ev("disaster", "the cyclone that struck the Inhambane coast in late January", "1983-01-21", "1983-01-31",
       loose=True, alts=["1983-01"], loc="Inhambane", dtext="in late January"),
    ev("summit_or_meeting", "received the heads of several of these delegations on Friday evening", "1983-04-29",
       actors=["President of the Party", "fraternal delegations"], loc="Ponta Vermelha palace, Maputo",
       dtext="on Friday evening"),
    ev("speech_or_statement", "In his closing address", "1983-04-30", actors=["President of the Party"],
       loc="Maputo", dtext="closing address (congress ended yesterday)"),
    ev("legislative_session", "The People's Assembly will meet in extraordinary session in June", "1983-06",
       status=(PLAN, EXP), actors=["People's Assembly"], dtext="in June"),
    ev("party_congress", "Provincial party conferences are to take place by the end of September", "1983-05-01",
       "1983-09-30", loose=True, status=(PLAN, EXP), alt=["party_meeting"], req=False,
       dtext="before the end of September", notes="provincial conferences; type debatable"),
    ev("military_parade", "No military parade will be staged on Independence Day, 25 June", "1983-06-25",
       status=(NEG,), dtext="Independence Day, 25 June, this year"),
    ev("party_meeting", "the Political Bureau has decided that the money", req=False,
       actors=["Political Bureau"], notes="undated decision"),
    ev("disaster", "the drought districts of Gaza", req=False, loc="Gaza", notes="undated ongoing drought"),
    ev("vote_or_referendum", "approving economic directives", "1983-04-29", req=False, dtext="adopted on Friday"),
]

# ---------------------------------------------------------------- 02 Afghanistan 1986 (no year)
A = "02_kabul_plenum"
PUB[A] = (None, ["1986-05-05", "1986-05-05"])
WEEKDAYS[A] = [("1986-05-05", "Monday"), ("1986-05-02", "Friday"), ("1986-05-04", "Sunday"),
               ("1986-05-01", "Thursday"), ("1986-05-03", "Saturday"), ("1986-04-30", "Wednesday")]
FORBIDDEN[A] = ["Earlier dispatches: Herat farmers' meeting on wheat quota · Border talks with Pakistan to resume in Geneva"]
G[A] = [
    ev("election_or_appointment", "elects new General Secretary", "1986-05-04", req=False, dtext="headline"),
    ev("election_or_appointment", "renews Political Bureau", "1986-05-04", req=False, dtext="headline"),
    ev("plenary_meeting", "at a plenum which opened on Friday and closed late on Sunday",
       "1986-05-02", "1986-05-04", actors=["PDPA Central Committee"], loc="Kabul",
       dtext="opened on Friday and closed late on Sunday"),
    ev("dismissal_or_resignation", "granted the request of the General Secretary to be relieved of his duties",
       "1986-05-04", alts=[("1986-05-02", "1986-05-04")], actors=["General Secretary"], loc="Kabul",
       dtext="decision of the plenum (final day)"),
    ev("election_or_appointment", "unanimously elected the head of the State Information Service", "1986-05-04",
       actors=["head of the State Information Service"], loc="Kabul", dtext="on the final day"),
    ev("election_or_appointment", "raised two comrades to alternate membership", "1986-05-04",
       alts=[("1986-05-02", "1986-05-04")], actors=["Ghulam Sakhi Nazari", "Abdul Wahed Rahimi"], loc="Kabul",
       dtext="also (at the plenum)"),
    ev("dismissal_or_resignation", "was relieved of his post as Central Committee secretary",
       "1986-05-04", alts=[("1986-05-02", "1986-05-04")], actors=["Mohammad Aref Sultani"], loc="Kabul",
       dtext="at the plenum"),
    ev("party_meeting", "The Political Bureau had met on Thursday", "1986-05-01", actors=["Political Bureau"],
       loc="Kabul", dtext="on Thursday"),
    ev("speech_or_statement", "with a report by a secretary of the Central Committee", "1986-05-02",
       actors=["a CC secretary"], loc="Kabul", dtext="began on Friday morning"),
    ev("speech_or_statement", "adopted an appeal to Afghans living as refugees", "1986-05-04",
       actors=["plenum"], dtext="On the closing day"),
    ev("speech_or_statement", "in a speech to the plenum after his election", "1986-05-04",
       actors=["new General Secretary"], dtext="after his election (final day)"),
    ev("summit_or_meeting", "open talks with tribal elders in the border provinces", status=(PLAN, HYP), req=False,
       notes="pledge, undated"),
    ev("party_congress", "would convene a national party conference by the close of the year", "1986-05-05",
       "1986-12-31", loose=True, status=(PLAN, EXP), alt=["party_meeting"], req=False,
       dtext="by the close of the year", notes="national conference; type debatable"),
    ev("legislative_session", "The Revolutionary Council will hold a session later this month", "1986-05-05",
       "1986-05-31", loose=True, status=(PLAN, EXP), actors=["Revolutionary Council"], dtext="later this month"),
    ev("summit_or_meeting", "received a visiting CPSU delegation", "1986-05-03",
       actors=["party leaders", "CPSU delegation"], loc="Kabul", dtext="On Saturday evening"),
    ev("military_parade", "culminated in a military parade", "1986-04-27", loc="Kabul", dtext="on 27 April"),
    ev("attack", "fired rockets at residential districts of the capital on Wednesday night", "1986-04-30",
       alts=[("1986-04-30", "1986-05-01")], actors=["counter-revolutionary bands"], loc="Kabul",
       dtext="on Wednesday night"),
    ev("arrest_or_detention", "Security organs detained a group of saboteurs in Jalalabad last week", "1986-04-28",
       "1986-05-04", loose=True, actors=["security organs"], loc="Jalalabad", dtext="last week"),
    ev("attack", "had planted explosives in the city bazaar", req=False, loc="Jalalabad", notes="undated"),
    ev("summit_or_meeting", "A session of the Council of Ministers which had been called for today", "1986-05-05",
       status=(NEG,), actors=["Council of Ministers"], dtext="called for today ... postponed"),
]

# ---------------------------------------------------------------- 03 Finland 1994
A = "03_helsinki_eu_referendum"
PUB[A] = ("1994-10-16", None)
WEEKDAYS[A] = [("1994-10-16", "Sunday"), ("1994-10-14", "Friday"), ("1994-10-13", "Thursday"),
               ("1994-10-15", "Saturday"), ("1994-10-18", "Tuesday")]
FORBIDDEN[A] = ["INSIDE: Hockey — Jokerit march on in Turku · Weather: first frost in Lapland · TV tonight, page 22"]
G[A] = [
    ev("vote_or_referendum", "as Finland votes on Europe", "1994-10-16", req=False, dtext="headline"),
    ev("vote_or_referendum", "Finns voted on Sunday in a consultative referendum", "1994-10-16",
       actors=["Finnish voters"], loc="Finland", dtext="on Sunday"),
    ev("vote_or_referendum", "which is expected to vote on the accession treaty next month", "1994-11",
       status=(EXP, PLAN), actors=["Eduskunta"], dtext="next month"),
    ev("vote_or_referendum", "Sweden votes on 13 November", "1994-11-13", status=(PLAN, EXP), loc="Sweden",
       dtext="on 13 November"),
    ev("vote_or_referendum", "Norwegians go to the polls at the end of that month", "1994-11-21", "1994-11-30",
       loose=True, alts=["1994-11"], status=(PLAN, EXP), loc="Norway", dtext="at the end of that month (November)"),
    ev("vote_or_referendum", "will hold a separate referendum of their own on 20 November", "1994-11-20",
       status=(PLAN, EXP), loc="Aland Islands", dtext="on 20 November"),
    ev("disaster", "after the sinking of the ferry Estonia last month", "1994-09", dtext="last month"),
    ev("speech_or_statement", "in an address broadcast on both television channels", "1994-10-14", actors=["President"],
       dtext="on Friday"),
    ev("speech_or_statement", "had issued a statement warning that grain prices", "1994-10-13",
       actors=["Central Union of Smallholders"], dtext="A day earlier (than the address)"),
    ev("protest", "held a torchlight march through central Helsinki on Saturday evening", "1994-10-15",
       actors=["opponents of membership"], loc="Helsinki", dtext="on Saturday evening"),
    ev("protest", "A counter-demonstration announced by a student group for Sunday afternoon did not take place",
       "1994-10-16", status=(NEG,), actors=["student group"], dtext="for Sunday afternoon"),
    ev("arrest_or_detention", "Police in Tampere detained two young men overnight", "1994-10-15", "1994-10-16",
       alts=["1994-10-15", "1994-10-16"], actors=["police"], loc="Tampere", dtext="overnight (Sat-Sun)"),
    ev("dismissal_or_resignation", "he would step down as chairman if the yes vote passed sixty per cent",
       status=(HYP,), actors=["Teuvo Kaarlejärvi"], notes="undated conditional"),
    ev("party_meeting", "The parliamentary group of the largest governing party will meet on Tuesday",
       "1994-10-18", status=(PLAN, EXP), dtext="on Tuesday"),
    ev("legislative_session", "When parliament takes up the treaty", status=(PLAN, EXP), req=False,
       notes="undated"),
    ev("summit_or_meeting", "at their summit in Essen on 9 and 10 December", "1994-12-09", "1994-12-10",
       status=(PLAN, EXP), actors=["EU leaders"], loc="Essen", dtext="on 9 and 10 December"),
    ev("speech_or_statement", "told supporters in Seinäjoki", req=False, notes="attribution at a campaign meeting, undated"),
]

# ---------------------------------------------------------------- 04 Moldova 2010 analysis
A = "04_chisinau_analysis"
PUB[A] = ("2010-09-03", None)
WEEKDAYS[A] = [("2010-09-03", "Friday"), ("2010-09-05", "Sunday"), ("2010-08-31", "Tuesday")]
FORBIDDEN[A] = ["Also in Analysis: Will Transnistria talks march forward? · Ukraine gas deal explained"]
G[A] = [
    ev("vote_or_referendum", "When Moldovans vote in Sunday's constitutional referendum", "2010-09-05",
       status=(PLAN, EXP), loc="Moldova", dtext="Sunday's"),
    ev("vote_or_referendum", "won a parliamentary election", "2009-04-05", loc="Moldova",
       dtext="On 5 April of last year"),
    ev("protest", "stormed the parliament building and the presidency", "2009-04-07", alt=["attack"],
       loc="Chisinau", dtext="Two days later"),
    ev("arrest_or_detention", "Over the following week police detained some 250 people", "2009-04-08",
       "2009-04-14", loose=True, alts=["2009-04"], actors=["police"], dtext="Over the following week"),
    ev("dismissal_or_resignation", "The interior minister was removed two weeks after the riots", "2009-04-21",
       alts=["2009-04"], actors=["interior minister"], dtext="two weeks after the riots (7 April)"),
    ev("vote_or_referendum", "twice failed to elect a head of state, first in May", "2009-05",
       status=(OCC, NEG), alt=["election_or_appointment"], actors=["parliament"], dtext="in May"),
    ev("vote_or_referendum", "again on 3 June", "2009-06-03", status=(OCC, NEG),
       alt=["election_or_appointment"], actors=["parliament"], dtext="on 3 June"),
    ev("vote_or_referendum", "The repeat election on 29 July", "2009-07-29", loc="Moldova", dtext="on 29 July"),
    ev("agreement", "ten days later they signed a coalition agreement", "2009-08-08",
       actors=["four opposition parties"], dtext="ten days later (than 29 July)"),
    ev("election_or_appointment", "parliament elected the leader of the liberal party as its speaker",
       "2009-08-21", "2009-08-31", loose=True, alts=["2009-08"], actors=["parliament"],
       dtext="At the end of August"),
    ev("election_or_appointment", "he also became acting head of state", "2009-08-21", "2009-08-31",
       loose=True, alts=["2009-08"], req=False, dtext="same line"),
    ev("vote_or_referendum", "failed in a vote on 10 November", "2009-11-10", status=(OCC, NEG),
       alt=["election_or_appointment"], actors=["parliament"], dtext="on 10 November"),
    ev("vote_or_referendum", "again on 7 December", "2009-12-07", status=(OCC, NEG),
       alt=["election_or_appointment"], actors=["parliament"], dtext="on 7 December"),
    ev("protest", "brought several thousand supporters into the central square", "2010-06",
       actors=["former ruling party"], loc="Chisinau", dtext="In June (2010)"),
    ev("speech_or_statement", "its leadership appealed to voters to boycott Sunday's poll", "2010-08",
       actors=["former ruling party leadership"], dtext="Last month"),
    ev("vote_or_referendum", "with a general election likely in November", "2010-11", status=(HYP, EXP),
       dtext="in November"),
    ev("summit_or_meeting", "Coalition leaders met on Tuesday", "2010-08-31", alt=["party_meeting"],
       actors=["coalition leaders"], dtext="on Tuesday"),
    ev("protest", "they plan a joint rally in Great National Assembly Square on Friday evening", "2010-09-03",
       status=(PLAN,), alt=["summit_or_meeting"], req=False, dtext="on Friday evening (publication day)",
       notes="campaign rally; type debatable"),
    ev("summit_or_meeting", "talks on an association agreement with the European Union began only in January",
       "2010-01", alt=["agreement"], req=False, dtext="in January"),
    ev("vote_or_referendum", "a third general election in two years", status=(NEG, HYP), req=False, notes="option not taken"),
    ev("vote_or_referendum", "three national votes in eighteen months", req=False, notes="summary of earlier votes"),
]

# ---------------------------------------------------------------- 05 Azerbaijan 2011
A = "05_baku_parade"
PUB[A] = ("2011-06-26T18:20", None)
WEEKDAYS[A] = [("2011-06-26", "Sunday"), ("2011-06-25", "Saturday"), ("2011-06-21", "Tuesday"),
               ("2011-06-23", "Thursday"), ("2011-06-24", "Friday")]
FORBIDDEN[A] = ["Home | Politics | Economy | Army | Region | Sport | Culture",
                "Related: Ceasefire violation condemned in Tovuz · Pipeline deal talks in Ankara",
                "© Caspian Herald Online. All rights reserved."]
G[A] = [
    ev("military_parade", "as Baku marks Armed Forces Day", "2011-06-26", req=False, dtext="headline"),
    ev("military_parade", "took part in a military parade held on Azadliq Square this morning", "2011-06-26",
       loc="Baku", dtext="this morning"),
    ev("military_parade", "when a smaller event marked the 90th anniversary", "2008", loc="Baku",
       dtext="since 2008, when"),
    ev("speech_or_statement", "In an address to the troops", "2011-06-26", actors=["President"], loc="Baku",
       dtext="at the parade (this morning)"),
    ev("summit_or_meeting", "met in the Russian city of Kazan", "2011-06-24",
       actors=["presidents of Armenia and Azerbaijan", "Russian president"], loc="Kazan",
       dtext="two days after (Sunday -> Friday)"),
    ev("agreement", "ended without the expected agreement on the basic principles", "2011-06-24",
       status=(NEG,), loc="Kazan", dtext="That meeting"),
    ev("speech_or_statement", "had denounced the preparations for the parade on Saturday", "2011-06-25",
       actors=["Armenian defence ministry"], dtext="on Saturday"),
    ev("attack", "an Armenian soldier had been wounded by sniper fire", req=False, loc="Agdam section",
       notes="reported on Saturday; day of the shooting not given"),
    ev("attack", "one of Baku's own soldiers was killed by Armenian fire in the Tovuz district", "2011-06-21",
       loc="Tovuz", dtext="On Tuesday"),
    ev("weapons_test", "the navy test-fired an anti-ship missile", "2011-06-23", actors=["navy"],
       loc="off the Absheron peninsula", dtext="on Thursday"),
    ev("weapons_test", "A test of the newly delivered air-defence system could follow in the autumn",
       "2011-09-01", "2011-12-21", loose=True, status=(EXP, HYP, PLAN), dtext="in the autumn"),
    ev("military_exercise", "Joint drills with Turkish special forces ended in Nakhchivan on Friday after ten days",
       "2011-06-15", "2011-06-24", alts=["2011-06-24"], loc="Nakhchivan", dtext="ended on Friday after ten days"),
    ev("military_exercise", "Large command and staff exercises involving all branches will begin on 4 July",
       "2011-07-04", "2011-07-08", status=(PLAN,), dtext="begin on 4 July and last five days"),
    ev("speech_or_statement", "the defence ministry said in a statement", req=False, notes="attribution"),
    ev("election_or_appointment", "the President appointed a new commander of the air force", "2011-06-24",
       actors=["President", "Ilgar Tahirov"], dtext="On Friday"),
    ev("election_or_appointment", "His predecessor was named deputy defence minister", req=False,
       notes="undated"),
    ev("protest", "which had planned a rally in a suburb of the capital on Saturday called it off", "2011-06-25",
       status=(NEG,), actors=["two opposition parties"], dtext="on Saturday"),
    ev("arrest_or_detention", "Police had detained a dozen activists", "2011-04", actors=["police"],
       dtext="in April"),
    ev("protest", "similar unauthorised rally in April", "2011-04", req=False, dtext="in April"),
    ev("military_parade", "who led the flypast over the square", "2011-06-26", req=False, dtext="the parade"),
    ev("attack", "ready to restore the territorial integrity", status=(HYP,), req=False, notes="conditional threat"),
]

# ---------------------------------------------------------------- 06 Guatemala 2015
A = "06_guatemala_court"
PUB[A] = ("2015-09-04T07:15", None)
WEEKDAYS[A] = [("2015-09-04", "Friday"), ("2015-09-03", "Thursday"), ("2015-09-02", "Wednesday"),
               ("2015-09-01", "Tuesday"), ("2015-09-06", "Sunday"), ("2015-09-08", "Tuesday")]
FORBIDDEN[A] = ["Courts & Crime > National",
                "More in Courts & Crime: Judge jails bus extortion ring · Strike threat at Puerto Quetzal"]
G[A] = [
    ev("arrest_or_detention", "Judge orders ex-president held", "2015-09-03", req=False, dtext="headline"),
    ev("arrest_or_detention", "A judge ordered the former president held in pretrial detention late on Thursday",
       "2015-09-03", actors=["judge", "former president"], loc="Guatemala City", dtext="late on Thursday"),
    ev("dismissal_or_resignation", "resigned shortly before midnight on Wednesday", "2015-09-02",
       actors=["president"], dtext="shortly before midnight on Wednesday"),
    ev("vote_or_referendum", "lawmakers stripped him of his immunity", "2015-09-01", req=False,
       dtext="days after (= Tuesday)"),
    ev("vote_or_referendum", "Congress voted 132-0 to lift the president's immunity", "2015-09-01",
       actors=["Congress"], dtext="On Tuesday"),
    ev("vote_or_referendum", "a step it had refused to take in August", "2015-08", status=(NEG, OCC),
       req=False, actors=["Congress"], dtext="in August"),
    ev("vote_or_referendum", "Congress accepted the resignation on Thursday morning", "2015-09-03",
       alt=["dismissal_or_resignation", "legislative_session"], actors=["Congress"], dtext="on Thursday morning"),
    ev("legislative_session", "in an emergency sitting", "2015-09-03", req=False, dtext="Thursday morning"),
    ev("election_or_appointment", "the vice-president was sworn in as head of state that afternoon", "2015-09-03",
       actors=["vice-president"], dtext="that afternoon (Thursday)"),
    ev("election_or_appointment", "had held the post only since May", "2015-05", req=False, dtext="since May"),
    ev("dismissal_or_resignation", "when his predecessor resigned over the same scandal", "2015-05",
       actors=["former vice-president"], dtext="in May"),
    ev("arrest_or_detention", "She was arrested in August", "2015-08", actors=["former vice-president"],
       dtext="in August"),
    ev("speech_or_statement", "the archbishop appealed for calm", "2015-09-02", actors=["archbishop"],
       dtext="On Wednesday"),
    ev("vote_or_referendum", "asked Guatemalans to vote on Sunday", "2015-09-06", status=(PLAN, EXP), req=False,
       dtext="on Sunday"),
    ev("protest", "with a national strike on 27 August", "2015-08-27", loc="Guatemala", dtext="on 27 August"),
    ev("protest", "the protests that have filled the central square every Saturday since April", "2015-04",
       "2015-09-04", loose=True, status=(OCC, ONG), req=False, dtext="every Saturday since April"),
    ev("protest", "kept a vigil outside the courts building through Thursday night", "2015-09-03",
       alts=[("2015-09-03", "2015-09-04")], loc="Guatemala City", dtext="through Thursday night"),
    ev("arrest_or_detention", "Police also arrested a former head of the customs agency on Wednesday", "2015-09-02",
       actors=["police"], loc="Escuintla", dtext="on Wednesday"),
    ev("vote_or_referendum", "Sunday's general election will go ahead as scheduled", "2015-09-06",
       status=(PLAN, EXP), dtext="Sunday's"),
    ev("vote_or_referendum", "which would mean a run-off on 25 October", "2015-10-25", status=(HYP, EXP),
       dtext="on 25 October"),
    ev("summit_or_meeting", "A meeting between the new head of state and the presidential candidates",
       "2015-09-04", status=(NEG,), dtext="planned for this afternoon, will not take place"),
    ev("speech_or_statement", "Analysts warned that a low turnout", req=False, notes="warning by analysts"),
]

# ---------------------------------------------------------------- 07 Croatia 2016
A = "07_zagreb_sabor"
PUB[A] = ("2016-06-16T22:40", None)
WEEKDAYS[A] = [("2016-06-16", "Thursday"), ("2016-06-15", "Wednesday"), ("2016-06-14", "Tuesday"),
               ("2016-06-20", "Monday"), ("2016-06-17", "Friday")]
FORBIDDEN[A] = ["Most read: Dinamo fans march on Maksimir · Storm warning for Dalmatia · Tourist arrivals up 8 percent"]
G[A] = [
    ev("dismissal_or_resignation", "Croatian government falls", "2016-06-16", req=False, dtext="headline"),
    ev("vote_or_referendum", "parliament voted on Thursday evening to remove the prime minister", "2016-06-16",
       alt=["dismissal_or_resignation"], actors=["Sabor"], loc="Zagreb", dtext="on Thursday evening"),
    ev("vote_or_referendum", "backed the motion of no confidence", "2016-06-16", req=False, dtext="same vote"),
    ev("dismissal_or_resignation", "With that vote the government fell", "2016-06-16",
       actors=["prime minister", "government"], dtext="with that vote (Thursday)"),
    ev("election_or_appointment", "appointed in January after weeks of haggling", "2016-01",
       actors=["prime minister"], dtext="in January"),
    ev("dismissal_or_resignation", "had refused to step aside voluntarily", status=(NEG,), req=False,
       notes="refusal, undated"),
    ev("legislative_session", "The debate, which began on Wednesday and ended shortly before the vote",
       "2016-06-15", "2016-06-16", actors=["Sabor"], dtext="began on Wednesday ... before the vote (Thursday)"),
    ev("speech_or_statement", "In a speech to the chamber on Thursday afternoon", "2016-06-16",
       actors=["prime minister"], dtext="on Thursday afternoon"),
    ev("dismissal_or_resignation", "stepped down as first deputy prime minister on Wednesday morning",
       "2016-06-15", actors=["conservative leader"], dtext="on Wednesday morning"),
    ev("party_congress", "have called for an extraordinary convention", status=(PLAN, HYP), req=False,
       alt=["party_meeting"], notes="undated call"),
    ev("party_meeting", "The presidency of the conservative party met on Tuesday night", "2016-06-14",
       actors=["conservative party presidency"], dtext="on Tuesday night"),
    ev("agreement", "The coalition agreement signed in January", "2016-01", dtext="in January"),
    ev("protest", "several hundred war veterans staged a noisy demonstration on Thursday", "2016-06-16",
       actors=["war veterans"], loc="St Mark's Square, Zagreb", dtext="on Thursday"),
    ev("protest", "a smaller group carrying European flags gathered", "2016-06-16", req=False,
       dtext="same Thursday"),
    ev("speech_or_statement", "The veterans' association had denounced the government last week", "2016-06-06",
       "2016-06-12", loose=True, actors=["veterans' association"], dtext="last week"),
    ev("election_or_appointment", "they could name a new head of government without going to the polls",
       status=(HYP,), req=False, notes="conditional, within thirty days"),
    ev("vote_or_referendum", "Deputies are expected to vote on dissolving parliament on Monday", "2016-06-20",
       status=(EXP, PLAN), actors=["Sabor"], dtext="on Monday"),
    ev("vote_or_referendum", "which would lead to an early election in September", "2016-09",
       status=(HYP, EXP), dtext="in September"),
    ev("vote_or_referendum", "the last one in November 2015", "2015-11", dtext="in November 2015"),
    ev("summit_or_meeting", "The President will hold consultations with the leaders of all parliamentary parties",
       "2016-06-17", status=(PLAN,), actors=["President", "party leaders"], dtext="on Friday"),
    ev("vote_or_referendum", "second general election in a year", status=(EXP, HYP), req=False, notes="undated"),
    ev("election_or_appointment", "asked to approve appointments in the intelligence services", req=False, notes="undated"),
    ev("speech_or_statement", "despite appeals from the reformists", "2016-06-14", req=False, notes="appeals, date unclear"),
]

# ---------------------------------------------------------------- 08 Samoa 2021
A = "08_apia_caucus_statement"
PUB[A] = ("2021-05-25", None)
WEEKDAYS[A] = [("2021-05-24", "Monday"), ("2021-05-25", "Tuesday"), ("2021-05-22", "Saturday"),
               ("2021-05-23", "Sunday"), ("2021-05-26", "Wednesday"), ("2021-05-27", "Thursday"),
               ("2021-05-28", "Friday")]
FORBIDDEN[A] = ["Previous statements: Caucus welcomes ruling on extra seat (17 May) · Caucus calls for calm at Mulinu'u"]
G[A] = [
    ev("legislative_session", "was not opened, because the doors of Parliament House", "2021-05-24",
       status=(NEG,), actors=["Legislative Assembly"], loc="Mulinu'u, Apia", dtext="on Monday 24 May"),
    ev("speech_or_statement", "the Head of State issued a proclamation suspending the first sitting", "2021-05-22",
       actors=["Head of State"], dtext="On Saturday"),
    ev("election_or_appointment", "our 26 members-elect took the oath of office", "2021-05-24",
       actors=["SUVP members-elect"], loc="grounds of Parliament, Apia", dtext="on Monday"),
    ev("election_or_appointment", "was sworn in the same afternoon", "2021-05-24",
       actors=["SUVP Prime Minister-designate"], dtext="the same afternoon (Monday)"),
    ev("vote_or_referendum", "The general election of 9 April", "2021-04-09", loc="Samoa", dtext="of 9 April"),
    ev("election_or_appointment", "appointment of an additional woman member on 20 April", "2021-04-20",
       actors=["Electoral Commissioner"], dtext="on 20 April"),
    ev("agreement", "the coalition agreement we signed with the independent member", "2021-04-21",
       actors=["SUVP", "independent member for Gagaifomauga No. 3"], dtext="on 21 April"),
    ev("protest", "kept a peaceful vigil outside the locked building through Monday", "2021-05-24",
       actors=["supporters"], loc="Mulinu'u", dtext="through Monday"),
    ev("arrest_or_detention", "no arrests were made", "2021-05-24", status=(NEG,), req=False,
       dtext="Monday's vigil"),
    ev("summit_or_meeting", "This morning the Prime Minister-designate met the heads of the diplomatic missions",
       "2021-05-25", actors=["Prime Minister-designate", "diplomatic corps"], loc="Apia", dtext="This morning"),
    ev("summit_or_meeting", "He has requested an audience with the Head of State", "2021-05-27",
       status=(PLAN, EXP, HYP), actors=["Prime Minister-designate", "Head of State"], dtext="Thursday 27 May"),
    ev("vote_or_referendum", "any suggestion of a fresh general election", "2021-05-25", "2021-12-31",
       loose=True, status=(HYP, PLAN), dtext="floated for later this year"),
    ev("vote_or_referendum", "A second election would cost the nation", status=(HYP,), req=False,
       notes="second mention, undated"),
    ev("protest", "asks all supporters not to march on Mulinu'u on Friday", "2021-05-28",
       status=(NEG, HYP, PLAN), dtext="on Friday"),
    ev("dismissal_or_resignation", "could be liable to removal from office", status=(HYP,), req=False,
       notes="conditional, undated"),
    ev("party_meeting", "The Caucus will meet again on Wednesday", "2021-05-26", status=(PLAN,),
       actors=["SUVP Caucus"], dtext="on Wednesday"),
    ev("vote_or_referendum", "Samoa has voted", "2021-04-09", req=False, dtext="second mention"),
    ev("legislative_session", "ON THE OPENING OF THE XVIIth LEGISLATIVE ASSEMBLY", "2021-05-24", status=(NEG, PLAN), req=False, dtext="headline"),
]

# ---------------------------------------------------------------- 09 Mali 2022
A = "09_bamako_sanctions_wire"
PUB[A] = ("2022-01-10T14:52", None)
WEEKDAYS[A] = [("2022-01-10", "Monday"), ("2022-01-09", "Sunday"), ("2022-01-14", "Friday"),
               ("2022-01-05", "Wednesday"), ("2022-01-06", "Thursday")]
FORBIDDEN[A] = ["Guinea junta marks coup anniversary with march in Conakry",
                "ECOWAS summit: leaders sign Accra declaration"]
G[A] = [
    ev("sanctions", "Mali shuts borders", "2022-01-09", req=False, dtext="headline"),
    ev("sanctions", "West African bloc imposes sweeping sanctions", "2022-01-09", req=False, dtext="headline"),
    ev("sanctions", "West African leaders imposed sweeping economic sanctions on Mali on Sunday", "2022-01-09",
       actors=["ECOWAS"], dtext="on Sunday"),
    ev("summit_or_meeting", "at an extraordinary summit of the regional bloc, ECOWAS,",
       "2022-01-09", actors=["ECOWAS leaders"], loc="Accra", dtext="(Sunday)"),
    ev("sanctions", "ordered banks in its member states to suspend dealings with the Malian state", "2022-01-09",
       actors=["regional monetary union"], loc="Accra", dtext="the same day"),
    ev("summit_or_meeting", "meeting separately in Accra the same day", "2022-01-09", req=False,
       dtext="the same day"),
    ev("sanctions", "closing its land and air borders with them", "2022-01-09", alts=["2022-01-10"],
       actors=["Mali transitional government"], dtext="late on Sunday"),
    ev("speech_or_statement", "a government spokesman denounced what he called an attempt", "2022-01-09",
       actors=["government spokesman"], dtext="late on Sunday (statement on state TV)"),
    ev("protest", "called on Malians to demonstrate across the country on Friday", "2022-01-14",
       status=(PLAN,), loc="Mali", dtext="on Friday"),
    ev("vote_or_referendum", "had been due to hold presidential and legislative elections on 27 February",
       "2022-02-27", status=(NEG,), dtext="on 27 February ... will not be held"),
    ev("summit_or_meeting", "following national consultations in late December", "2021-12-21", "2021-12-31",
       loose=True, req=False, dtext="in late December"),
    ev("vote_or_referendum", "with a presidential election in December 2026", "2026-12", status=(PLAN, HYP),
       dtext="in December 2026"),
    ev("sanctions", "had already imposed travel bans and asset freezes on some 150 members", "2021-11",
       actors=["ECOWAS"], dtext="in November"),
    ev("summit_or_meeting", "Talks in Bamako with the bloc's mediator on Wednesday", "2022-01-05",
       loc="Bamako", dtext="on Wednesday"),
    ev("agreement", "ended without agreement on a new timetable", "2022-01-05", status=(NEG,),
       dtext="on Wednesday"),
    ev("sanctions", "it would lift the sanctions gradually", status=(HYP, PLAN), req=False,
       notes="conditional lifting, undated"),
    ev("summit_or_meeting", "The bloc's mediator is expected back in Bamako next week", "2022-01-17",
       "2022-01-23", loose=True, status=(EXP, PLAN), loc="Bamako", dtext="next week"),
    ev("sanctions", "The European Union will adopt its own sanctions", status=(PLAN, EXP),
       actors=["European Union"], notes="undated"),
    ev("attack", "Gunmen killed eight soldiers in an ambush near Boni", "2022-01-06", loc="Boni, Mopti",
       dtext="on Thursday"),
    ev("dismissal_or_resignation", "were removed in May 2021", "2021-05",
       actors=["transitional president", "prime minister"], dtext="in May 2021"),
    ev("sanctions", "the recall of ambassadors from Bamako", "2022-01-09", req=False, dtext="second mention of Sunday's measures"),
    ev("speech_or_statement", "in its final communique", "2022-01-09", req=False, dtext="communique of Sunday's summit"),
]

# ---------------------------------------------------------------- 10 Ecuador 2023
A = "10_quito_liveblog"
PUB[A] = ("2023-08-20T23:10", None)
WEEKDAYS[A] = [("2023-08-20", "Sunday"), ("2023-08-09", "Wednesday"), ("2023-08-21", "Monday")]
FORBIDDEN[A] = ["Also live: Women's World Cup final - Spain v England in Sydney",
                "Related: Who are the eight candidates? · How the Yasuní vote works"]
G[A] = [
    ev("vote_or_referendum", "after vote held under heavy security", "2023-08-20", req=False, dtext="headline"),
    ev("vote_or_referendum", "Voters chose a president and a new National Assembly in snap elections",
       "2023-08-20", req=False, dtext="key point"),
    ev("vote_or_referendum", "A run-off between the two front-runners will be held on 15 October", "2023-10-15",
       status=(PLAN,), dtext="on 15 October"),
    ev("speech_or_statement", "addressed supporters in a Quito hotel ballroom", "2023-08-20",
       actors=["leftist candidate"], loc="Quito", dtext="10:40pm entry"),
    ev("speech_or_statement", "spoke to a noisy crowd in Guayaquil shortly afterwards", "2023-08-20", req=False,
       actors=["businessman candidate"], loc="Guayaquil", dtext="10:40pm entry"),
    ev("vote_or_referendum", "voters appear to have backed a proposal in the Yasuní referendum", "2023-08-20",
       loc="Ecuador", dtext="9:15pm entry"),
    ev("vote_or_referendum", "A second consultation, on mining in the Chocó Andino forest", "2023-08-20",
       req=False, loc="Quito", dtext="9:15pm entry"),
    ev("arrest_or_detention", "Police say they detained 14 people during the day", "2023-08-20",
       actors=["police"], dtext="during the day"),
    ev("vote_or_referendum", "More than 13 million Ecuadorians were called to vote today", "2023-08-20",
       loc="Ecuador", dtext="today"),
    ev("dismissal_or_resignation", "dissolved the National Assembly in May", "2023-05", req=False,
       alt=["legislative_session"], dtext="in May", notes="dissolution; no exact type"),
    ev("vote_or_referendum", "on the eve of an impeachment vote on embezzlement charges", "2023-05",
       status=(NEG,), dtext="in May (never took place)"),
    ev("disaster", "where a landslide killed dozens of people in March", "2023-03", loc="Alausí",
       dtext="in March"),
    ev("attack", "was shot dead as he left a rally in a Quito school", "2023-08-09",
       actors=["presidential candidate"], loc="Quito", dtext="On that Wednesday (9 August)"),
    ev("arrest_or_detention", "Six Colombian men were arrested the same night", "2023-08-09",
       dtext="the same night"),
    ev("election_or_appointment", "nominated a journalist to replace him on the ballot", req=False,
       notes="undated 'later'"),
    ev("speech_or_statement", "will give a press conference tomorrow morning", "2023-08-21", status=(PLAN,),
       actors=["OAS observer mission"], dtext="tomorrow morning"),
    ev("vote_or_referendum", "Some candidates voted wearing bulletproof vests", "2023-08-20", req=False,
       dtext="8:05am entry"),
    ev("protest", "indigenous-led protests that paralysed the country in June last year", "2022-06",
       loose=True, dtext="eighteen days ... in June last year"),
    ev("vote_or_referendum", "Provisional count points to a run-off", "2023-10-15", status=(EXP, PLAN), req=False, dtext="key point"),
    ev("vote_or_referendum", "Yasuní referendum: early results favour", "2023-08-20", req=False, dtext="key point"),
    ev("vote_or_referendum", "Voting is also under way in Alausí", "2023-08-20", status=(ONG, OCC), req=False, dtext="2:45pm entry"),
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
