#!/usr/bin/env python3
"""Hand-typed gold for test12 -> gold.jsonl. Run: python3 make_gold.py"""
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

# ---------------------------------------------------------------- 01 Congo (Brazzaville) 1979
A = "01_brazzaville_congress"
PUB[A] = (None, ["1979-03-31", "1979-04-01"])
WEEKDAYS[A] = [("1979-03-31", "Saturday"), ("1979-04-01", "Sunday"), ("1979-03-26", "Monday"),
               ("1979-03-27", "Tuesday"), ("1979-03-28", "Wednesday"), ("1979-03-29", "Thursday"),
               ("1979-03-30", "Friday"), ("1979-03-25", "Sunday"), ("1979-02-08", "Thursday"),
               ("1979-04-03", "Tuesday")]
FORBIDDEN[A] = [
    "THE WORKERS' TRIBUNE · Central Committee organ, Congolese Party of Labour · English service · WEEKEND EDITION · SAT 31 MAR / SUN 1 APR 1979",
    "ALSO IN THIS EDITION: Pioneers parade for Youth Day · Niari sugar workers meet their target early · Football: Diables Noirs beat CARA in the derby"]
G[A] = [
    ev("party_congress", "Extraordinary Congress closes", "1979-03-26", "1979-03-30", alts=["1979-03-30"], req=False,
       dtext="headline"),
    ev("party_congress", "which opened at the Palace of Congresses on Monday, closed its work late on Friday evening",
       "1979-03-26", "1979-03-30", alts=["1979-03-30"], actors=["Congolese Party of Labour"], loc="Brazzaville",
       dtext="opened on Monday, closed late on Friday evening (weekend edition: same days from Sat or Sun)"),
    ev("speech_or_statement", "was read on the opening morning by the first vice-president", "1979-03-26",
       actors=["first vice-president of the Military Committee of the Party"], loc="Brazzaville",
       dtext="on the opening morning (Monday)"),
    ev("dismissal_or_resignation", "the former head of state laid down his powers", "1979-02-05",
       actors=["former head of state"], dtext="On 5 February"),
    ev("party_meeting", "at its session of Thursday 8 February the committee resolved", "1979-02-08",
       actors=["Military Committee of the Party"], dtext="Thursday 8 February"),
    ev("arrest_or_detention", "He has been confined to his residence in the capital, under guard", "1979-02-01",
       "1979-02-10", loose=True, alts=["1979-02"], status=(ONG, OCC), actors=["former head of state"],
       loc="Brazzaville", dtext="since the first days of February", notes="house arrest, dated by its start"),
    ev("party_meeting", "the Central Committee had met in secret in the second half of that month", "1979-02-15",
       "1979-02-28", loose=True, status=(NEG,), actors=["Central Committee"],
       dtext="in the second half of that month (February) ... no such session was held"),
    ev("speech_or_statement", "The congress presidium rejected the story on Tuesday", "1979-03-27",
       actors=["congress presidium"], dtext="on Tuesday"),
    ev("dismissal_or_resignation", "It stripped the former head of state of his rank of general", "1979-03-28",
       actors=["congress", "former head of state"], dtext="On Wednesday"),
    ev("dismissal_or_resignation", "it expelled two former members of the Military Committee", "1979-03-28",
       req=False, dtext="Wednesday", notes="second dismissal on the same line"),
    ev("vote_or_referendum", "The delegates adopted by acclamation a draft constitution", "1979-03-29",
       actors=["congress delegates"], dtext="Thursday"),
    ev("vote_or_referendum", "will be put to the people in a referendum in July", "1979-07", status=(PLAN,),
       dtext="in July"),
    ev("vote_or_referendum", "together with elections to a People's National Assembly", "1979-07", status=(PLAN,),
       req=False, dtext="in July (together with the referendum)"),
    ev("election_or_appointment", "The same day the congress chose a new Central Committee", "1979-03-29",
       actors=["congress", "Central Committee"], dtext="The same day (Thursday)"),
    ev("plenary_meeting", "the new Central Committee met for its first plenary session", "1979-03-30",
       alt=["party_meeting"], actors=["Central Committee"], dtext="on Friday morning"),
    ev("election_or_appointment", "It elected a chairman who, under the restored statutes", "1979-03-30",
       actors=["Central Committee", "chairman"], dtext="Friday morning (plenary session)"),
    ev("election_or_appointment", "The same plenary session named a Political Bureau of ten members", "1979-03-30",
       actors=["Central Committee", "Political Bureau"], dtext="same session (Friday)"),
    ev("speech_or_statement", "The chairman's closing speech that evening", "1979-03-30", actors=["chairman"],
       dtext="that evening (Friday)"),
    ev("plenary_meeting", "would meet again in ordinary session in June", "1979-06", status=(PLAN,),
       alt=["party_meeting"], actors=["Central Committee"], dtext="in June"),
    ev("summit_or_meeting", "On Tuesday the congress presidium received the delegation of the Angolan party",
       "1979-03-27", actors=["congress presidium", "Angolan party delegation"], loc="Brazzaville", dtext="On Tuesday"),
    ev("agreement", "a protocol on party-to-party cooperation for 1979 and 1980 was signed", "1979-03-27",
       actors=["Congolese Party of Labour", "Angolan party"], dtext="that afternoon (Tuesday)"),
    ev("protest", "for a rally in support of the congress", "1979-03-29", req=False, loc="Stadium of the Revolution",
       dtext="on Thursday afternoon", notes="support rally; type debatable"),
    ev("party_congress", "a special session of the congress could be recalled", status=(HYP,), req=False,
       notes="conditional, undated"),
    ev("military_parade", "A march-past of the People's National Army", "1979-04-01", status=(PLAN, OCC),
       actors=["People's National Army", "people's militia"], loc="Brazzaville",
       dtext="planned for Sunday morning (Sunday of the weekend edition)"),
]

# ---------------------------------------------------------------- 02 Nicaragua 1984
A = "02_managua_results"
PUB[A] = ("1984-11-07", None)
WEEKDAYS[A] = [("1984-11-07", "Wednesday"), ("1984-11-04", "Sunday"), ("1984-11-06", "Tuesday"),
               ("1984-11-03", "Saturday"), ("1984-11-05", "Monday"), ("1984-11-09", "Friday"),
               ("1984-11-08", "Thursday")]
FORBIDDEN[A] = ["PHOTO: Voters line up outside a school in Managua on Sunday to cast ballots in the election.",
                "INSIDE TODAY: Maryland county recount looms · Election night in pictures, A6-A7 · Strike vote at the shipyards, B1"]
G[A] = [
    ev("vote_or_referendum", "Sandinistas claim two-thirds of Nicaraguan vote", "1984-11-04", req=False, dtext="headline"),
    ev("vote_or_referendum", "took about 67 percent of the ballots cast in Sunday's general election", "1984-11-04",
       actors=["Sandinista National Liberation Front"], loc="Nicaragua", dtext="Sunday's"),
    ev("speech_or_statement", "figures that the Supreme Electoral Council released on Tuesday evening", "1984-11-06",
       alt=["vote_or_referendum"], actors=["Supreme Electoral Council"], loc="Managua", dtext="on Tuesday evening"),
    ev("election_or_appointment", "the junta coordinator had been elected President", "1984-11-04",
       alts=["1984-11-06"], actors=["junta coordinator"], dtext="in Sunday's election (announced Tuesday)"),
    ev("election_or_appointment", "The coordinator takes the oath of office as President on Jan. 10", "1985-01-10",
       status=(PLAN,), actors=["junta coordinator"], dtext="on Jan. 10"),
    ev("legislative_session", "is due to meet for the first time the day before", "1985-01-09", status=(PLAN,),
       actors=["National Assembly"], dtext="the day before (Jan. 10)"),
    ev("summit_or_meeting", "talks on those terms held in Rio de Janeiro broke down", "1984-10-01", "1984-10-07",
       loose=True, alts=["1984-10"], actors=["Democratic Coordinating Committee", "Sandinista Front"],
       loc="Rio de Janeiro", dtext="in the first days of October"),
    ev("speech_or_statement", "At a news conference in the capital on Tuesday", "1984-11-06",
       actors=["Octavio Rubí Salvatierra", "Democratic Coordinating Committee"], loc="Managua", dtext="on Tuesday"),
    ev("attack", "rebels ambushed a truck carrying ballot boxes", "1984-11-03", actors=["rebels"],
       loc="north of Jinotega", dtext="on Saturday"),
    ev("dismissal_or_resignation", "announced his withdrawal two weeks before the vote", "1984-10-21",
       alts=[("1984-10-15", "1984-10-25")], req=False, actors=["Independent Liberal Party candidate"],
       dtext="two weeks before the vote", notes="candidate's withdrawal; type debatable"),
    ev("protest", "A victory rally the Front had called for Monday night", "1984-11-05", status=(NEG,),
       actors=["Sandinista Front"], loc="Plaza of the Revolution, Managua", dtext="for Monday night ... called off"),
    ev("party_meeting", "the Front's national directorate is to meet on Friday", "1984-11-09", status=(PLAN,),
       actors=["national directorate of the Sandinista Front"], dtext="on Friday"),
    ev("agreement", "had accepted the revised Contadora peace draft in September", "1984-09",
       actors=["Nicaraguan government"], dtext="in September"),
    ev("speech_or_statement", "the State Department on Monday dismissed the election as staged", "1984-11-05",
       actors=["State Department"], loc="Washington", dtext="on Monday"),
    ev("vote_or_referendum", "on the same day that American voters re-elected the President", "1984-11-06",
       alt=["election_or_appointment"], actors=["American voters"], loc="United States",
       dtext="on the same day (Tuesday) as the Nicaraguan figures"),
    ev("sanctions", "Washington cut Nicaragua's sugar quota by 90 percent in May of last year", "1983-05",
       actors=["United States"], dtext="in May of last year"),
    ev("sanctions", "a full trade embargo is now being studied and could be imposed", status=(HYP,),
       actors=["United States"], dtext="", notes="conditional, undated"),
    ev("summit_or_meeting", "met the president of the electoral council this morning", "1984-11-07",
       actors=["Western European parliamentary observers", "president of the electoral council"], loc="Managua",
       dtext="this morning"),
    ev("speech_or_statement", "was expected to issue its assessment before leaving on Thursday", "1984-11-07",
       "1984-11-08", loose=True, status=(EXP,), req=False, dtext="before leaving on Thursday"),
    ev("speech_or_statement", "Certified results are expected by the end of the week", "1984-11-07", "1984-11-11",
       loose=True, status=(EXP,), req=False, dtext="by the end of the week"),
]

# ---------------------------------------------------------------- 03 Denmark 1993
A = "03_copenhagen_teletext"
PUB[A] = (None, ["1993-05-19", "1993-05-19"])
WEEKDAYS[A] = [("1993-05-19", "Wednesday"), ("1993-05-18", "Tuesday"), ("1993-05-21", "Friday"),
               ("1993-05-24", "Monday"), ("1993-05-22", "Saturday"), ("1993-05-20", "Thursday"),
               ("1992-06-02", "Tuesday")]
FORBIDDEN[A] = ["115 · INDEX · Market news 200 · Sport 300 · Weather 400 · Strike at Danish State Railways 125 · Subtitles 888"]
NIGHT = ("1993-05-18", "1993-05-19")
G[A] = [
    ev("vote_or_referendum", "Danes vote Yes at the second attempt", "1993-05-18", req=False, dtext="headline"),
    ev("vote_or_referendum", "with its four Danish exemptions, in Tuesday's referendum", "1993-05-18",
       actors=["Danish voters"], loc="Denmark", dtext="Tuesday's"),
    ev("vote_or_referendum", "on 2 June, voters rejected the treaty", "1992-06-02", actors=["Danish voters"],
       dtext="Less than a year ago, on 2 June"),
    ev("speech_or_statement", "The Prime Minister addressed Yes campaigners at Christiansborg", "1993-05-18",
       actors=["Prime Minister"], loc="Copenhagen", dtext="shortly before midnight (referendum night)"),
    ev("election_or_appointment", "when he took office after his predecessor", "1993-01", actors=["Prime Minister"],
       dtext="since January"),
    ev("dismissal_or_resignation", "his predecessor resigned over the Tamil refugee affair", "1993-01",
       actors=["previous Prime Minister"], dtext="in January"),
    ev("attack", "POLICE FIRE SHOTS IN NØRREBRO", "1993-05-18", alts=[NIGHT, "1993-05-19"], req=False,
       dtext="page heading"),
    ev("attack", "Police fired live rounds during rioting", "1993-05-18", alts=[NIGHT, "1993-05-19"],
       actors=["police"], loc="Nørrebro, Copenhagen", dtext="last night (night of 18-19 May)"),
    ev("protest", "threw paving stones at police lines from about 22.00 until after 03.00", "1993-05-18",
       "1993-05-19", alts=["1993-05-18"], alt=["attack"], actors=["young people"], loc="Nørrebro, Copenhagen",
       dtext="from about 22.00 until after 03.00"),
    ev("arrest_or_detention", "Police detained 26 people in the course of the night", "1993-05-18", "1993-05-19",
       alts=["1993-05-18", "1993-05-19"], actors=["police"], loc="Copenhagen", dtext="in the course of the night"),
    ev("speech_or_statement", "will give a press conference at 11.00 today", "1993-05-19", status=(PLAN,),
       actors=["Copenhagen police chief"], dtext="at 11.00 today (page captured 09:41)"),
    ev("protest", "A demonstration against police violence has been called for Friday", "1993-05-21",
       status=(PLAN,), loc="Town Hall Square, Copenhagen", dtext="for Friday at 17.00"),
    ev("agreement", "deposit Denmark's instrument of ratification in Rome next week", "1993-05-24", "1993-05-30",
       loose=True, status=(PLAN,), actors=["Danish government"], loc="Rome", dtext="next week",
       notes="ratification; type debatable"),
    ev("summit_or_meeting", "The Foreign Minister meets his EC colleagues in Brussels on Monday", "1993-05-24",
       status=(PLAN,), actors=["Foreign Minister", "EC foreign ministers"], loc="Brussels", dtext="on Monday"),
    ev("vote_or_referendum", "hold its third reading vote on the treaty tomorrow", "1993-05-20", status=(EXP, PLAN),
       actors=["House of Commons"], loc="London", dtext="tomorrow"),
    ev("summit_or_meeting", "met at Christiansborg at 08.30 this morning", "1993-05-19", alt=["party_meeting"],
       actors=["leaders of seven parties"], loc="Copenhagen", dtext="at 08.30 this morning"),
    ev("agreement", "were agreed by the twelve EC heads of government", "1992-12", actors=["EC heads of government"],
       loc="Edinburgh", dtext="in December"),
    ev("summit_or_meeting", "at their summit in Edinburgh in December", "1992-12", req=False, dtext="in December"),
    ev("legislative_session", "no extra sitting of the Folketing had been arranged", status=(NEG,), req=False,
       notes="no date"),
    ev("speech_or_statement", "conceded defeat at 23.10 last night", "1993-05-18",
       actors=["Danish Sovereignty League"], dtext="at 23.10 last night"),
    ev("party_meeting", "will hold a national meeting in Aarhus on Saturday", "1993-05-22", status=(PLAN,),
       alt=["summit_or_meeting"], actors=["Danish Sovereignty League"], loc="Aarhus", dtext="on Saturday"),
    ev("vote_or_referendum", "Had the No side won again", status=(HYP,), req=False, notes="counterfactual"),
    ev("vote_or_referendum", "Polling passed off calmly", "1993-05-18", req=False, dtext="second mention"),
]

# ---------------------------------------------------------------- 04 Madagascar 2009
A = "04_antananarivo_bulletin"
PUB[A] = ("2009-03-17T19:00", None)
WEEKDAYS[A] = [("2009-03-17", "Tuesday"), ("2009-03-16", "Monday"), ("2009-03-21", "Saturday"),
               ("2009-03-20", "Friday"), ("2009-03-15", "Sunday"), ("2009-03-12", "Thursday"),
               ("2009-02-03", "Tuesday"), ("2009-02-07", "Saturday"), ("2009-03-23", "Monday")]
FORBIDDEN[A] = ["COMING UP ON RADIO VOARA FM: 19.30 Sport Magazine, with the football league meeting in Toamasina · 20.00 Our Farmers, on the vanilla harvest · 20.30 traffic news"]
G[A] = [
    ev("dismissal_or_resignation", "President hands power to the army", "2009-03-17", req=False, dtext="headline"),
    ev("dismissal_or_resignation", "signed an ordinance this afternoon handing all his powers", "2009-03-17",
       actors=["President of the Republic"], loc="Antananarivo", dtext="this afternoon"),
    ev("election_or_appointment", "the directorate in turn transferred full powers to the former mayor", "2009-03-17",
       actors=["military directorate", "former mayor of the capital"], dtext="Two hours later (this afternoon)"),
    ev("speech_or_statement", "made public in a statement read by his chief of staff", "2009-03-17",
       actors=["President's chief of staff"], loc="Iavoloha", dtext="at a quarter past three (today)"),
    ev("protest", "a crowd of several thousand gathered there this afternoon", "2009-03-17",
       loc="Place du 13 Mai, Antananarivo", dtext="this afternoon", notes="'13 Mai' is a square's name, not a date"),
    ev("protest", "coming to this square almost every day since January", "2009-01", "2009-03-17", loose=True,
       alts=["2009-01"], status=(ONG, OCC), req=False, dtext="since January"),
    ev("attack", "stormed the Ambohitsorohitra palace", "2009-03-16", actors=["soldiers from the CAPSAT camp"],
       loc="Antananarivo", dtext="yesterday ... On Monday afternoon"),
    ev("arrest_or_detention", "Gendarmes detained the outgoing defence minister", "2009-03-17",
       actors=["gendarmes", "outgoing defence minister"], loc="near Ivato airport", dtext="this morning"),
    ev("speech_or_statement", "is due to address the nation on the radio and television at nine o'clock tonight",
       "2009-03-17", status=(PLAN,), actors=["former mayor of the capital"], dtext="at nine o'clock tonight"),
    ev("election_or_appointment", "A swearing-in ceremony is planned for Saturday", "2009-03-21", status=(PLAN,),
       actors=["former mayor of the capital"], loc="Mahamasina stadium", dtext="for Saturday"),
    ev("speech_or_statement", "is expected to give its opinion on the handover tomorrow", "2009-03-18",
       status=(EXP,), req=False, actors=["High Constitutional Court"], dtext="tomorrow", notes="court opinion; type debatable"),
    ev("speech_or_statement", "The United States embassy said this evening", "2009-03-17",
       actors=["United States embassy"], dtext="this evening"),
    ev("summit_or_meeting", "will convene its Peace and Security Council on Friday", "2009-03-20",
       status=(PLAN,), actors=["African Union Peace and Security Council"], loc="Addis Ababa", dtext="on Friday"),
    ev("sanctions", "could suspend Madagascar from the organisation", status=(HYP,),
       actors=["African Union"], notes="possible suspension, undated"),
    ev("summit_or_meeting", "to hold an extraordinary summit in Swaziland at the end of the month", "2009-03-25",
       "2009-03-31", loose=True, status=(PLAN,), actors=["Southern African Development Community"],
       loc="Swaziland", dtext="at the end of the month"),
    ev("speech_or_statement", "On Sunday the President had proposed a referendum", "2009-03-15",
       actors=["President of the Republic"], dtext="On Sunday"),
    ev("vote_or_referendum", "That referendum will not now take place", status=(NEG,), notes="proposed, never dated"),
    ev("summit_or_meeting", "broke off on Thursday of last week without agreement", "2009-03-12",
       actors=["President's camp", "opposition", "heads of the churches"], dtext="on Thursday of last week"),
    ev("protest", "a general strike called by the opposition turned into rioting", "2009-01-26",
       actors=["opposition"], loc="Antananarivo", dtext="on 26 January"),
    ev("attack", "crowds set fire to the buildings of the state radio and television", "2009-01-26",
       loc="Antananarivo", dtext="That same day (26 January)"),
    ev("attack", "the presidential guard opened fire on a march heading for the palace", "2009-02-07",
       actors=["presidential guard"], loc="Antananarivo", dtext="On 7 February"),
    ev("dismissal_or_resignation", "The government had removed the mayor from office", "2009-02-03",
       actors=["government", "mayor of the capital"], dtext="on the Tuesday before that march (7 February)"),
]

# ---------------------------------------------------------------- 05 Maldives 2015
A = "05_male_verdict"
PUB[A] = ("2015-03-13T23:52", None)
WEEKDAYS[A] = [("2015-03-13", "Friday"), ("2015-03-09", "Monday"), ("2015-03-12", "Thursday"),
               ("2015-03-11", "Wednesday"), ("2015-03-15", "Sunday"), ("2015-02-22", "Sunday"),
               ("2015-02-27", "Friday")]
FORBIDDEN[A] = [
    "RELATED: Tourist arrivals up nine percent in February · Opposition leader's arrest: a timeline · The capital's water crisis, one year on",
    "MOST READ: Resort workers stage sit-in over unpaid wages · Ferry collision off Villimalé · Tuna exports hit record"]
G[A] = [
    ev("arrest_or_detention", "Former president jailed for 13 years", "2015-03-13", req=False, dtext="headline",
       notes="sentence; type debatable"),
    ev("arrest_or_detention", "sentenced him to thirteen years in prison", "2015-03-13", req=False, dtext="tonight",
       notes="sentence; type debatable"),
    ev("arrest_or_detention", "was led from the courtroom by police and taken by boat to the detention centre",
       "2015-03-13", actors=["police", "former President"], loc="Dhoonidhoo", dtext="tonight, after the verdict"),
    ev("arrest_or_detention", "the detention of the Criminal Court's chief judge by the military in January 2012",
       "2012-01", actors=["military", "chief judge of the Criminal Court"], dtext="in January 2012"),
    ev("dismissal_or_resignation", "He resigned the following month, in February 2012", "2012-02",
       actors=["former President"], dtext="the following month, in February 2012"),
    ev("protest", "after a police mutiny and days of street protests", "2012-01", "2012-02", loose=True,
       alts=["2012-02"], req=False, dtext="before the resignation"),
    ev("arrest_or_detention", "He was arrested at his home on 22 February this year", "2015-02-22",
       actors=["former President"], loc="Malé", dtext="on 22 February this year"),
    ev("dismissal_or_resignation", "His lawyers withdrew from the case on Monday", "2015-03-09", req=False,
       dtext="on Monday", notes="lawyers leaving a case; type debatable"),
    ev("dismissal_or_resignation", "none of the three judges agreed to step aside", status=(NEG,), req=False),
    ev("protest", "Several hundred supporters gathered near the court building this evening", "2015-03-13",
       actors=["supporters of the former President"], loc="Malé", dtext="this evening"),
    ev("arrest_or_detention", "detained eleven protesters", "2015-03-13", actors=["police"], loc="Malé",
       dtext="this evening"),
    ev("protest", "tried to stage a motorcade through the capital on Thursday night", "2015-03-12", status=(NEG,),
       actors=["opposition"], loc="Malé", dtext="on Thursday night ... called off"),
    ev("protest", "the largest opposition march in Malé for several years", "2015-02-27", actors=["opposition"],
       loc="Malé", dtext="On 27 February"),
    ev("protest", "The opposition has called a mass rally for 1 May", "2015-05-01", status=(PLAN,),
       actors=["opposition"], loc="Malé", dtext="for 1 May"),
    ev("speech_or_statement", "The President's Office said in a statement on Thursday", "2015-03-12",
       actors=["President's Office"], dtext="on Thursday"),
    ev("vote_or_referendum", "On Wednesday the People's Majlis rejected, by 49 votes to 19", "2015-03-11",
       actors=["People's Majlis"], loc="Malé", dtext="On Wednesday"),
    ev("speech_or_statement", "expressed concern about the fairness of the proceedings earlier this week",
       "2015-03-09", "2015-03-13", loose=True, actors=["United States", "UN human rights office"],
       dtext="earlier this week"),
    ev("summit_or_meeting", "The Commonwealth's ministerial watchdog group meets in London next month", "2015-04",
       status=(PLAN,), actors=["Commonwealth Ministerial Action Group"], loc="London", dtext="next month"),
    ev("party_meeting", "its national council would meet on Sunday", "2015-03-15", status=(PLAN,),
       actors=["former President's party"], dtext="on Sunday"),
    ev("election_or_appointment", "to choose an acting leader while he is in prison", "2015-03-15", status=(PLAN,),
       req=False, dtext="on Sunday"),
]

# ---------------------------------------------------------------- 06 Iceland 2009
A = "06_reykjavik_althingi"
PUB[A] = ("2009-01-26T17:48", None)
WEEKDAYS[A] = [("2009-01-26", "Monday"), ("2009-01-20", "Tuesday"), ("2009-01-22", "Thursday"),
               ("2009-01-23", "Friday"), ("2009-01-25", "Sunday"), ("2009-01-28", "Wednesday"),
               ("2009-01-31", "Saturday"), ("2009-01-27", "Tuesday")]
FORBIDDEN[A] = [
    "Subject: [Althingi Watch] No. 4/2009 - the government falls; no-confidence debate scrapped",
    "IN PREVIOUS ISSUES: No. 3/2009, Budget talks resume · No. 2/2009, Fishermen's union votes on strike · No. 1/2009, New Year addresses"]
G[A] = [
    ev("dismissal_or_resignation", "Coalition collapses after a week of drums", "2009-01-26", req=False, dtext="headline"),
    ev("speech_or_statement", "At a press conference in the Prime Minister's Office shortly after two o'clock",
       "2009-01-26", actors=["Prime Minister"], loc="Reykjavík", dtext="shortly after two o'clock this afternoon"),
    ev("dismissal_or_resignation", "he would hand the cabinet's resignation to the President", "2009-01-26",
       actors=["Prime Minister", "cabinet"], dtext="this afternoon"),
    ev("summit_or_meeting", "where he met the President at four o'clock", "2009-01-26",
       actors=["Prime Minister", "President"], loc="Bessastaðir", dtext="at four o'clock (today)"),
    ev("election_or_appointment", "The President is expected to ask the leader of the Social Democratic Alliance",
       "2009-01-27", alts=[("2009-01-27", "2009-02-01")], status=(EXP,),
       actors=["President", "leader of the Social Democratic Alliance"], dtext="possibly as early as tomorrow"),
    ev("party_meeting", "Social Democratic MPs held a closed meeting this morning", "2009-01-26",
       actors=["Social Democratic Alliance MPs"], loc="Reykjavík", dtext="this morning"),
    ev("legislative_session", "when the Althing returned from its Christmas recess on Tuesday last week", "2009-01-20",
       actors=["Althing"], loc="Reykjavík", dtext="on Tuesday last week"),
    ev("protest", "thousands of people banged pots, pans and drums outside the parliament building", "2009-01-20",
       "2009-01-22", alts=["2009-01-20"], loc="Austurvöllur, Reykjavík",
       dtext="From that afternoon (Tuesday) until the early hours of Thursday"),
    ev("arrest_or_detention", "Police detained more than twenty people on the Tuesday night", "2009-01-20",
       alts=[("2009-01-20", "2009-01-21")], actors=["police"], loc="Reykjavík", dtext="on the Tuesday night"),
    ev("attack", "they used tear gas against the crowd", "2009-01-22", req=False, actors=["police"],
       dtext="Before dawn on Thursday", notes="police use of tear gas; type debatable"),
    ev("protest", "the riot over NATO membership in 1949", "1949", req=False, dtext="in 1949"),
    ev("speech_or_statement", "On Friday the Prime Minister said the general election would be brought forward",
       "2009-01-23", actors=["Prime Minister"], dtext="On Friday"),
    ev("vote_or_referendum", "the general election would be brought forward to 9 May", "2009-05-09",
       status=(PLAN,), actors=["Icelandic voters"], dtext="to 9 May"),
    ev("party_congress", "His party's national congress, due at the end of March", "2009-03-20", "2009-03-31",
       loose=True, status=(PLAN,), actors=["Independence Party"], dtext="at the end of March"),
    ev("dismissal_or_resignation", "Yesterday the commerce minister resigned", "2009-01-25",
       actors=["commerce minister"], dtext="Yesterday"),
    ev("dismissal_or_resignation", "he dismissed the board of the Financial Supervisory Authority", "2009-01-25",
       actors=["commerce minister", "board of the Financial Supervisory Authority"],
       dtext="Before leaving (yesterday)"),
    ev("sanctions", "Britain froze the assets of one of them under anti-terrorism legislation in October", "2008-10",
       actors=["United Kingdom"], dtext="in October"),
    ev("agreement", "The rescue programme agreed with the International Monetary Fund in November", "2008-11",
       actors=["Iceland", "International Monetary Fund"], dtext="in November"),
    ev("vote_or_referendum", "A motion of no confidence that the opposition had tabled for debate on Wednesday",
       "2009-01-28", status=(NEG,), actors=["opposition"], dtext="for debate on Wednesday ... will not now be debated"),
    ev("election_or_appointment", "the President could appoint a caretaker cabinet of officials", status=(HYP,),
       req=False, notes="conditional"),
    ev("protest", "The weekly Saturday protest on Austurvöllur will go ahead", "2009-01-31", status=(PLAN,),
       loc="Austurvöllur, Reykjavík", dtext="Saturday ... at three o'clock"),
]

# ---------------------------------------------------------------- 07 Eritrea 2009
A = "07_asmara_sanctions_wire"
PUB[A] = ("2009-12-23T18:47", None)
WEEKDAYS[A] = [("2009-12-23", "Wednesday"), ("2009-12-21", "Monday"), ("2009-12-24", "Thursday"),
               ("2009-12-18", "Friday"), ("2010-01-04", "Monday"), ("2009-12-03", "Thursday"),
               ("2009-12-14", "Monday"), ("2009-12-20", "Sunday")]
FORBIDDEN[A] = [
    "Associated coverage: Somali forces retake Mogadishu district after clashes · Ethiopia's parliament votes on budget · Kenya hosts talks on Sudan"]
G[A] = [
    ev("sanctions", "UN slaps arms embargo on Eritrea", "2009-12-23", req=False, dtext="headline"),
    ev("vote_or_referendum", "The U.N. Security Council voted 13-1 on Wednesday", "2009-12-23",
       actors=["UN Security Council"], loc="New York", dtext="on Wednesday"),
    ev("sanctions", "to impose an arms embargo on Eritrea", "2009-12-23", actors=["UN Security Council", "Eritrea"],
       dtext="on Wednesday"),
    ev("sanctions", "orders a freeze on the assets of Eritrean political and military leaders", "2009-12-23",
       req=False, dtext="same resolution", notes="names still to be agreed"),
    ev("speech_or_statement", "Eritrea's ambassador told the council after the vote", "2009-12-23",
       actors=["Eritrea's ambassador to the UN"], loc="New York", dtext="after the vote (Wednesday)"),
    ev("vote_or_referendum", "had hoped to put it to a vote last week", "2009-12-14", "2009-12-20", loose=True,
       status=(NEG,), actors=["UN Security Council"], dtext="last week ... put off"),
    ev("summit_or_meeting", "On Monday the Ugandan ambassador met Eritrean diplomats", "2009-12-21",
       actors=["Ugandan ambassador", "Eritrean diplomats"], loc="New York", dtext="On Monday"),
    ev("summit_or_meeting", "at a meeting of its Peace and Security Council in Addis Ababa in May", "2009-05",
       actors=["African Union Peace and Security Council"], loc="Addis Ababa", dtext="in May"),
    ev("speech_or_statement", "in a statement released in Djibouti tonight", "2009-12-23",
       actors=["Djibouti's foreign minister"], loc="Djibouti", dtext="tonight"),
    ev("attack", "The two countries fought over three days in June 2008", "2008-06", actors=["Eritrea", "Djibouti"],
       loc="Ras Doumeira", dtext="over three days in June 2008"),
    ev("arrest_or_detention", "several Djiboutian soldiers are still held by Eritrea", "2008-06", status=(ONG, OCC),
       req=False, dtext="since the June 2008 fighting"),
    ev("sanctions", "the council could tighten the measures", status=(HYP,), actors=["UN Security Council"],
       notes="conditional, undated"),
    ev("attack", "a suicide bombing at a medical school graduation in a Mogadishu hotel on Dec. 3", "2009-12-03",
       actors=["al-Shabab (blamed)"], loc="Mogadishu", dtext="on Dec. 3"),
    ev("speech_or_statement", "the President would address the nation on Thursday evening", "2009-12-24",
       status=(PLAN, EXP), actors=["President of Eritrea"], dtext="on Thursday evening"),
    ev("protest", "demonstrated against the draft outside U.N. headquarters in New York last Friday", "2009-12-18",
       actors=["Eritreans living in the United States"], loc="New York", dtext="last Friday"),
    ev("protest", "they would hold a larger rally in Geneva on Jan. 4", "2010-01-04", status=(PLAN,), loc="Geneva",
       dtext="on Jan. 4"),
    ev("vote_or_referendum", "won independence from Ethiopia in a referendum in April 1993", "1993-04",
       actors=["Eritrean voters"], dtext="in April 1993"),
    ev("vote_or_referendum", "has not held a national election since", status=(NEG,), req=False),
    ev("summit_or_meeting", "is expected to begin discussing the list of names early in the new year", "2010-01",
       loose=True, status=(EXP,), req=False, actors=["sanctions committee"], dtext="early in the new year"),
]

# ---------------------------------------------------------------- 08 Cyprus 1998
A = "08_nicosia_exercise_weekly"
PUB[A] = (None, ["1998-10-15", "1998-10-15"])
WEEKDAYS[A] = [("1998-10-15", "Thursday"), ("1998-10-12", "Monday"), ("1998-10-17", "Saturday"),
               ("1998-10-13", "Tuesday"), ("1998-10-14", "Wednesday"), ("1998-10-18", "Sunday"),
               ("1998-10-20", "Tuesday"), ("1998-10-08", "Thursday"), ("1998-10-11", "Sunday"),
               ("1998-10-01", "Thursday")]
FORBIDDEN[A] = [
    "Pictured in the print edition: gunners of the air-defence battery at Cape Greco during Tuesday's live firing drill",
    "IN THIS ISSUE: Israel and Turkey plan joint naval drill · Greek budget vote on frigates · Lebanese army recruits: a talks preview"]
G[A] = [
    ev("military_exercise", "Cyprus exercises under the shadow of the missiles", "1998-10-12", "1998-10-17",
       status=(ONG, OCC), req=False, dtext="headline"),
    ev("military_exercise", "ASPIDA 98, opened on Monday and runs until Saturday", "1998-10-12", "1998-10-17",
       status=(ONG, OCC), actors=["Cypriot National Guard"], loc="southern Cyprus",
       dtext="opened on Monday and runs until Saturday (week 42, Thursday = 15 October)"),
    ev("weapons_test", "On Tuesday an air-defence battery test-fired two Aspide missiles", "1998-10-13",
       alt=["military_exercise"], actors=["National Guard air-defence battery"], loc="off Cape Greco",
       dtext="On Tuesday"),
    ev("weapons_test", "A firing of multiple rocket launchers from the Larnaca coast, planned for Wednesday",
       "1998-10-14", status=(NEG,), alt=["military_exercise"], loc="Larnaca coast",
       dtext="planned for Wednesday ... called off"),
    ev("military_exercise", "The Turkish army in the north began its own exercise on Tuesday", "1998-10-13",
       "1998-10-18", status=(ONG, OCC), actors=["Turkish army"], loc="northern Cyprus, near Kyrenia",
       dtext="began on Tuesday ... due to end on Sunday"),
    ev("speech_or_statement", "On Monday the Turkish Defence Minister repeated", "1998-10-12",
       actors=["Turkish Defence Minister"], dtext="On Monday"),
    ev("attack", "their forces would strike the missiles if they were ever installed", status=(HYP,),
       actors=["Turkish forces"], notes="conditional threat, undated"),
    ev("agreement", "The contract for the missiles was signed with Russia in January 1997", "1997-01",
       actors=["Cyprus", "Russia"], dtext="in January 1997"),
    ev("summit_or_meeting", "the chief of the Greek general staff visited the exercise headquarters", "1998-10-14",
       actors=["chief of the Greek general staff", "National Guard commander"], loc="near Nicosia",
       dtext="On Wednesday"),
    ev("military_exercise", "Greek F-16s made their first landings at the new air base at Paphos", "1998-06",
       req=False, actors=["Greek air force"], loc="Paphos", dtext="in June", notes="deployment; type debatable"),
    ev("summit_or_meeting", "when they meet in Athens on Tuesday next week", "1998-10-20", status=(PLAN,),
       actors=["Cypriot President", "Greek Prime Minister"], loc="Athens", dtext="on Tuesday next week"),
    ev("summit_or_meeting", "expected to resume shuttle talks between the two communities next month", "1998-11",
       status=(EXP, PLAN), actors=["UN envoy"], dtext="next month"),
    ev("vote_or_referendum", "approved the supplementary defence budget last Thursday", "1998-10-08",
       actors=["House of Representatives"], loc="Nicosia", dtext="last Thursday"),
    ev("protest", "marched to the buffer zone in Nicosia on Sunday", "1998-10-11", actors=["refugees from Famagusta"],
       loc="Nicosia", dtext="on Sunday"),
    ev("arrest_or_detention", "there were no arrests", status=(NEG,), req=False, dtext="", notes="negated; Sunday"),
    ev("military_parade", "At the Independence Day parade a fortnight ago", "1998-10-01",
       actors=["National Guard"], loc="Nicosia", dtext="a fortnight ago (Independence Day, 1 October)"),
    ev("military_exercise", "A second phase of the exercise, with Greek naval units off Paphos", "1998-11",
       status=(PLAN,), actors=["National Guard", "Greek navy"], loc="off Paphos", dtext="planned for November"),
]

# ---------------------------------------------------------------- 09 Bhutan 2008
A = "09_thimphu_interview"
PUB[A] = ("2008-03-21", None)
WEEKDAYS[A] = [("2008-03-21", "Friday"), ("2008-03-24", "Monday"), ("2008-03-18", "Tuesday"),
               ("2008-03-19", "Wednesday"), ("2008-03-25", "Tuesday"), ("2008-03-23", "Sunday"),
               ("2008-03-22", "Saturday")]
FORBIDDEN[A] = ["ALSO ON DRUK OBSERVER: Archery final postponed by rain · Monks vote for the first time? An explainer · Hydropower talks with Delhi"]
G[A] = [
    ev("vote_or_referendum", "an election official on Monday's poll", "2008-03-24", status=(PLAN,), req=False,
       dtext="headline"),
    ev("vote_or_referendum", "Bhutan goes to the polls on Monday to elect its first National Assembly", "2008-03-24",
       status=(PLAN,), actors=["Bhutanese voters"], loc="Bhutan", dtext="on Monday"),
    ev("vote_or_referendum", "The mock polls of 21 April last year", "2007-04-21", loc="Bhutan",
       dtext="21 April last year"),
    ev("vote_or_referendum", "The National Council elections on 31 December and 29 January", "2007-12-31",
       "2008-01-29", alts=["2007-12-31", "2008-01-29"], loc="Bhutan", dtext="on 31 December and 29 January",
       notes="two polling days"),
    ev("vote_or_referendum", "We had planned one more rehearsal in February, but that was not held", "2008-02",
       status=(NEG,), actors=["Election Commission"], dtext="in February ... not held"),
    ev("summit_or_meeting", "What was agreed at Wednesday's meeting with the two parties?", "2008-03-19",
       req=False, dtext="Wednesday's", notes="question repeats the answer"),
    ev("summit_or_meeting", "The commission met both party presidents on Wednesday afternoon", "2008-03-19",
       actors=["Election Commission", "party presidents"], loc="Thimphu", dtext="on Wednesday afternoon"),
    ev("agreement", "At the end they signed a code of conduct", "2008-03-19",
       actors=["Election Commission", "the two parties"], dtext="At the end (of Wednesday's meeting)"),
    ev("attack", "The bomb blasts in Thimphu and three other towns on 20 January", "2008-01-20",
       loc="Thimphu and three other towns", dtext="on 20 January"),
    ev("arrest_or_detention", "Police have made arrests since then", "2008-01-20", "2008-03-21", loose=True,
       req=False, actors=["police"], dtext="since then (20 January)"),
    ev("protest", "Several hundred of them marched towards the border bridge on Wednesday", "2008-03-19",
       actors=["refugees in eastern Nepal"], loc="eastern Nepal", dtext="on Wednesday"),
    ev("dismissal_or_resignation", "the Fourth King announced his abdication in December 2006", "2006-12",
       actors=["Fourth King"], dtext="in December 2006"),
    ev("speech_or_statement", "in his National Day address on 17 December", "2007-12-17", actors=["King"],
       dtext="on 17 December"),
    ev("speech_or_statement", "we expect to announce the full results on Tuesday", "2008-03-25", status=(EXP, PLAN),
       alt=["vote_or_referendum"], actors=["Election Commission"], dtext="on Tuesday"),
    ev("election_or_appointment", "expected to appoint the leader of the winning party as Prime Minister",
       "2008-04-01", "2008-04-07", loose=True, status=(EXP,), actors=["King", "leader of the winning party"],
       dtext="in the first week of April"),
    ev("legislative_session", "The new Parliament should hold its first sitting in early May", "2008-05-01",
       "2008-05-10", loose=True, alts=["2008-05"], status=(EXP, PLAN), actors=["Parliament"],
       dtext="in early May"),
    ev("election_or_appointment", "The coronation is expected later this year", "2008-03-21", "2008-12-31",
       loose=True, status=(EXP,), actors=["King"], dtext="later this year"),
    ev("summit_or_meeting", "The Indian Prime Minister is also due to visit in May", "2008-05", status=(PLAN, EXP),
       actors=["Indian Prime Minister"], dtext="in May"),
    ev("vote_or_referendum", "Parliament must adopt the Constitution", status=(PLAN,), req=False, notes="undated"),
    ev("vote_or_referendum", "the commission would order a fresh poll in that constituency", status=(HYP,),
       req=False, notes="conditional"),
]

# ---------------------------------------------------------------- 10 Benin 1990
A = "10_cotonou_editorial"
PUB[A] = ("1990-03-02", None)
WEEKDAYS[A] = [("1990-03-02", "Friday"), ("1990-02-19", "Monday"), ("1990-02-28", "Wednesday"),
               ("1990-02-24", "Saturday"), ("1990-02-25", "Sunday"), ("1990-03-01", "Thursday"),
               ("1990-03-05", "Monday"), ("1990-03-11", "Sunday"), ("1990-03-12", "Monday")]
FORBIDDEN[A] = ["LETTERS: Readers on the strike, the Alédjo buffet and the archbishop's hat · SUBSCRIBE: twelve months for 6,000 CFA francs, delivery to Porto-Novo and Parakou"]
CONF = ("1990-02-19", "1990-02-28")
G[A] = [
    ev("summit_or_meeting", "which sat for ten days and closed on Wednesday", "1990-02-19", "1990-02-28",
       alts=["1990-02-28"], alt=["legislative_session"], actors=["National Conference of the Active Forces of the Nation"],
       loc="Cotonou", dtext="from the morning of 19 February, ten days, closed on Wednesday"),
    ev("vote_or_referendum", "the 488 delegates voted to declare the conference sovereign", "1990-02-24",
       actors=["conference delegates"], loc="Cotonou", dtext="on the sixth day, Saturday"),
    ev("dismissal_or_resignation", "the National Revolutionary Assembly was dissolved", "1990-02-24", "1990-02-28",
       loose=True, req=False, dtext="after the sovereignty vote, before the close", notes="dissolution; type debatable"),
    ev("election_or_appointment", "in the early hours of Wednesday the delegates chose a former World Bank official",
       "1990-02-28", actors=["conference delegates", "Prime Minister"], dtext="in the early hours of Wednesday"),
    ev("speech_or_statement", "In his closing address on Wednesday evening", "1990-02-28", actors=["head of state"],
       loc="Cotonou", dtext="on Wednesday evening"),
    ev("attack", "There was no coup attempt on Sunday night", "1990-02-25", status=(NEG,),
       dtext="on Sunday night (last weekend)", notes="rumoured coup that did not happen"),
    ev("election_or_appointment", "The new Prime Minister takes office on 12 March", "1990-03-12", status=(PLAN,),
       actors=["Prime Minister"], dtext="on 12 March"),
    ev("legislative_session", "holds its first session next week", "1990-03-05", "1990-03-11", loose=True,
       status=(PLAN,), actors=["High Council of the Republic"], dtext="next week"),
    ev("vote_or_referendum", "A referendum on a new constitution is promised by December",
       "1990-03-02", "1990-12-31", loose=True, status=(PLAN,), dtext="by December"),
    ev("vote_or_referendum", "presidential and legislative elections in the first quarter of 1991", "1991-01",
       "1991-03", loose=True, status=(PLAN,), dtext="in the first quarter of 1991"),
    ev("party_congress", "will hold an extraordinary congress in April", "1990-04", status=(PLAN,),
       actors=["former single party"], dtext="in April"),
    ev("protest", "the civil servants' strike that has kept ministries shut since January", "1990-01", "1990-03-02",
       loose=True, alts=["1990-01"], status=(ONG, OCC), actors=["civil servants"], dtext="since January ... goes on"),
    ev("sanctions", "France suspended budget support last autumn", "1989-09", "1989-11", loose=True,
       alts=["1989-09", "1989-10", "1989-11"], actors=["France"], dtext="last autumn"),
    ev("summit_or_meeting", "its cooperation minister came to Cotonou on Thursday", "1990-03-01",
       actors=["French cooperation minister"], loc="Cotonou", dtext="on Thursday"),
    ev("arrest_or_detention", "some former ministers could find themselves under arrest", status=(HYP,),
       req=False, notes="conditional"),
    ev("protest", "students at the national university go on strike over unpaid grants", "1989-01",
       actors=["students"], dtext="January 1989 (chronology)"),
    ev("agreement", "the government signs a structural adjustment programme", "1989-06",
       actors=["government of Benin", "International Monetary Fund"], dtext="June 1989 (chronology)"),
    ev("party_meeting", "a joint sitting of the party Central Committee and the government renounces",
       "1989-12-07", alt=["plenary_meeting"], actors=["party Central Committee", "government"],
       dtext="7 December 1989 (chronology)"),
    ev("protest", "thousands march through Cotonou calling for a national conference", "1989-12-11",
       loc="Cotonou", dtext="Four days later (after 7 December 1989)"),
    ev("summit_or_meeting", "the conference opens with 488 delegates", "1990-02-19", "1990-02-28",
       alts=["1990-02-19"], alt=["legislative_session"], req=False, dtext="19 February 1990 (chronology)",
       notes="chronology entry repeating the body"),
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
