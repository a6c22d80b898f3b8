#!/usr/bin/env python3
"""Hand-typed gold for test10 -> gold.jsonl. Run: python3 make_gold.py"""
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

# ---------------------------------------------------------------- 01 Angola 1984
A = "01_luanda_political_bureau"
PUB[A] = ("1984-12-08", None)
WEEKDAYS[A] = [("1984-12-08", "Saturday"), ("1984-12-06", "Thursday"), ("1984-12-07", "Friday"),
               ("1984-12-14", "Friday"), ("1984-12-10", "Monday"), ("1984-11-26", "Monday"),
               ("1984-12-02", "Sunday"), ("1984-11-29", "Thursday"), ("1984-12-03", "Monday")]
FORBIDDEN[A] = ["VANGUARDA · Daily organ of the Central Committee of the MPLA-Labour Party · English digest",
                "ALSO IN THIS EDITION: Benguela dockers meet monthly plan ahead of schedule · Youth brigades march to the coffee harvest · Readers' letters"]
SESSION = ("1984-12-06", "1984-12-07")
G[A] = [
    ev("party_meeting", "Political Bureau examines situation on the southern front", "1984-12-06", "1984-12-07",
       req=False, actors=["Political Bureau"], dtext="headline"),
    ev("party_meeting", "met in ordinary session on Thursday and Friday at the Party headquarters", "1984-12-06",
       "1984-12-07", alts=["1984-12-07"], actors=["Political Bureau of the MPLA-Labour Party"], loc="Luanda",
       dtext="on Thursday and Friday"),
    ev("speech_or_statement", "A communiqué on its work was released late yesterday", "1984-12-07",
       actors=["Political Bureau"], loc="Luanda", dtext="late yesterday"),
    ev("speech_or_statement", "The session opened with a report by the Minister of Defence", "1984-12-06",
       actors=["Minister of Defence"], loc="Luanda", dtext="the session opened (on Thursday)"),
    ev("agreement", "the understanding reached in the Zambian capital in February", "1984-02",
       actors=["Angola", "South Africa"], loc="Lusaka", dtext="in February (this year)",
       notes="Lusaka disengagement understanding"),
    ev("attack", "enemy aircraft bombed the outskirts of Cahama on the night of 29 November", "1984-11-29",
       alts=["1984-11-30", ("1984-11-29", "1984-11-30")], actors=["South African air force"], loc="Cahama",
       dtext="on the night of 29 November"),
    ev("attack", "a column of armoured cars crossed the frontier near Calueque four days later", "1984-12-03",
       actors=["South African forces"], loc="Calueque", dtext="four days later (than 29 November)",
       notes="incursion"),
    ev("summit_or_meeting", "the session of the joint monitoring commission, which was to have taken place at Mindelo",
       "1984-11-26", "1984-12-02", loose=True, status=(NEG,), actors=["joint monitoring commission"],
       loc="Mindelo, Cape Verde", dtext="last week ... did not take place"),
    ev("attack", "Any new act of aggression", status=(HYP,), req=False, notes="conditional warning, undated"),
    ev("dismissal_or_resignation", "decided to relieve comrade Adelino Catumbela Ngola of his functions", "1984-12-07",
       alts=[SESSION], actors=["Political Bureau", "Adelino Catumbela Ngola"], loc="Luanda",
       dtext="at the two-day session, day not given: closing day, session accepted"),
    ev("election_or_appointment", "named comrade Rosária Kiluange Mbemba to replace him", "1984-12-07",
       actors=["President of the Republic", "Rosária Kiluange Mbemba"], dtext="By a decree signed yesterday",
       notes="'signed' is a decree, not an agreement"),
    ev("election_or_appointment", "was raised to full membership of the Political Bureau", "1984-12-07",
       alts=[SESSION], actors=["Joaquim Dembo Sumbe"], dtext="at the session, day not given"),
    ev("election_or_appointment", "was co-opted as an alternate member", "1984-12-07", alts=[SESSION],
       actors=["Teresa Muhongo Capolo"], dtext="at the session, day not given"),
    ev("dismissal_or_resignation", "granted the request of comrade Horácio Lunda Bento to step down", "1984-12-07",
       alts=[SESSION], actors=["Horácio Lunda Bento"], loc="Huíla", dtext="at the session, day not given"),
    ev("arrest_or_detention", "its eleven members were detained", "1984-11", actors=["security organs"],
       loc="Huambo province", dtext="last month"),
    ev("disaster", "the drought that set in when the year began", "1984-01", status=(ONG, OCC), loose=True,
       req=False, loc="Cunene and Namibe", dtext="when the year began", notes="ongoing drought"),
    ev("vote_or_referendum", "The Bureau approved the draft theses for the Second Congress", "1984-12-07",
       alts=[SESSION], req=False, actors=["Political Bureau"], dtext="at the session, day not given",
       notes="approval by a body; type debatable"),
    ev("party_congress", "which will be convened in December of next year", "1985-12", status=(PLAN,),
       actors=["MPLA-Labour Party"], dtext="in December of next year"),
    ev("plenary_meeting", "the Central Committee will gather in plenary session in the second half of January",
       "1985-01-16", "1985-01-31", loose=True, alts=["1985-01"], status=(PLAN,), alt=["party_meeting"],
       actors=["Central Committee"], dtext="in the second half of January"),
    ev("legislative_session", "as the opening day of the fourth ordinary session of the People's Assembly",
       "1984-12-14", status=(PLAN,), actors=["People's Assembly"], dtext="Friday the fourteenth of December"),
    ev("military_parade", "the military parade with which the capital marked the ninth anniversary", "1984-11-11",
       loc="Luanda", dtext="on 11 November"),
    ev("summit_or_meeting", "the visit paid to Havana in October by a Party delegation", "1984-10",
       actors=["Secretary for Foreign Relations"], loc="Havana", dtext="in October"),
    ev("summit_or_meeting", "the summit of the Front-Line States that opens in Arusha on Monday", "1984-12-10",
       status=(PLAN,), actors=["Front-Line States"], loc="Arusha", dtext="opens ... on Monday"),
]

# ---------------------------------------------------------------- 02 Slovakia 1994
A = "02_bratislava_gallery_notes"
PUB[A] = ("1994-03-11T23:20", None)
WEEKDAYS[A] = [("1994-03-11", "Friday"), ("1994-03-08", "Tuesday"), ("1994-03-09", "Wednesday"),
               ("1994-03-10", "Thursday"), ("1994-03-12", "Saturday"), ("1994-03-13", "Sunday"),
               ("1994-03-14", "Monday"), ("1994-03-20", "Sunday")]
FORBIDDEN[A] = ["More Gallery Notes: The week the budget vote went missing · Why the miners may strike in the east · The speaker's bell, a history"]
G[A] = [
    ev("legislative_session", "four days, four votes and one very long Friday", "1994-03-08", "1994-03-11",
       req=False, dtext="headline"),
    ev("vote_or_referendum", "went up for the motion of no confidence in the premier", "1994-03-11",
       alt=["dismissal_or_resignation"], actors=["National Council"], loc="Bratislava",
       dtext="by a quarter past nine on Friday evening"),
    ev("dismissal_or_resignation", "ended its days under a flickering chandelier", "1994-03-11", req=False,
       dtext="Friday evening", notes="fall of the cabinet; consequence of the vote"),
    ev("vote_or_referendum", "the June 1992 election", "1992-06", loc="Slovakia", dtext="June 1992"),
    ev("legislative_session", "The sitting opened on Tuesday", "1994-03-08", "1994-03-11",
       actors=["National Council"], loc="Bratislava", dtext="opened on Tuesday ... Friday evening",
       notes="Tuesday-Friday sitting"),
    ev("vote_or_referendum", "which the opposition won by 79 votes to 52", "1994-03-08", actors=["National Council"],
       dtext="on Tuesday", notes="agenda vote"),
    ev("speech_or_statement", "the President came down from the castle to deliver his report", "1994-03-09",
       actors=["President"], loc="Bratislava", dtext="On Wednesday"),
    ev("protest", "About a third of the ruling movement's benches emptied", "1994-03-09", req=False,
       dtext="during the second half (Wednesday)", notes="walk-out; type debatable"),
    ev("vote_or_referendum", "fell by eleven votes before lunch", "1994-03-10", actors=["National Council"],
       dtext="Thursday", notes="motion to adjourn defeated: the vote took place"),
    ev("vote_or_referendum", "An amendment to the privatisation law scraped through", "1994-03-10",
       actors=["National Council"], dtext="Thursday ... in the afternoon"),
    ev("vote_or_referendum", "the vote on the broadcasting law, pencilled in for that evening, simply never came",
       "1994-03-10", status=(NEG,), actors=["National Council"], dtext="pencilled in for that evening (Thursday)"),
    ev("protest", "about three hundred of the premier's supporters gathered in the drizzle", "1994-03-10",
       loc="below the castle ramp, Bratislava", dtext="Thursday"),
    ev("speech_or_statement", "His speech ran to ninety-four minutes", "1994-03-11", actors=["premier"],
       loc="Bratislava", dtext="Friday was the premier's"),
    ev("dismissal_or_resignation", "two threats to resign", status=(HYP,), req=False, actors=["premier"],
       notes="threats inside the speech"),
    ev("dismissal_or_resignation", "when his deputy premier walked out of the cabinet", "1994-02",
       actors=["deputy premier"], dtext="until February, when"),
    ev("dismissal_or_resignation", "the presidium of the same body voted him out of office in April 1991", "1991-04",
       alt=["vote_or_referendum"], actors=["presidium of the National Council", "premier"], dtext="in April 1991"),
    ev("election_or_appointment", "The President is expected to ask a new premier to form a government early next week",
       "1994-03-14", "1994-03-20", loose=True, status=(EXP,), actors=["President"], dtext="early next week"),
    ev("vote_or_referendum", "they want an early election at the end of September", "1994-09-21", "1994-09-30",
       loose=True, alts=["1994-09"], status=(PLAN, EXP), dtext="at the end of September"),
    ev("party_meeting", "will gather its national council in Trenčín on Sunday", "1994-03-13", status=(PLAN,),
       actors=["ruling movement"], loc="Trenčín", dtext="on Sunday"),
    ev("protest", "A counter-rally by the opposition youth groups, planned for Saturday", "1994-03-12",
       status=(NEG,), actors=["opposition youth groups"], loc="SNP Square, Bratislava",
       dtext="planned for Saturday ... has been called off"),
    ev("vote_or_referendum", "the opposition had promised a second motion within a month", status=(HYP, NEG),
       req=False, notes="counterfactual: 'Had the vote gone the other way'"),
]

# ---------------------------------------------------------------- 03 Greece 2020
A = "03_athens_hndgs_firings"
PUB[A] = ("2020-08-27T19:05", None)
WEEKDAYS[A] = [("2020-08-27", "Thursday"), ("2020-08-25", "Tuesday"), ("2020-08-26", "Wednesday"),
               ("2020-08-24", "Monday"), ("2020-08-28", "Friday"), ("2020-08-29", "Saturday"),
               ("2020-08-31", "Monday"), ("2020-09-06", "Sunday")]
FORBIDDEN[A] = ["Previous releases: No. 113 Search-and-rescue drill off Chios · No. 112 Visit of the Chief to units in Evros · No. 111 Fighter aircraft intercept and identify"]
G[A] = [
    ev("weapons_test", "Missile firings at the Crete range", "2020-08-25", "2020-08-26", req=False, dtext="headline"),
    ev("military_exercise", "multinational naval exercise south of Crete", "2020-08-26", "2020-08-28",
       status=(ONG, OCC), req=False, dtext="headline"),
    ev("weapons_test", "carried out live firings at the missile range", "2020-08-25", "2020-08-26",
       actors=["Hellenic Navy", "Hellenic Air Force"], loc="NAMFI, Chania, Crete", dtext="on Tuesday and Wednesday"),
    ev("weapons_test", "launched two anti-ship missiles against a decommissioned target hull", "2020-08-25",
       actors=["frigate HS Kanaris"], loc="off Crete", dtext="On Tuesday morning"),
    ev("weapons_test", "fired a surface-to-air missile which intercepted", "2020-08-26",
       actors=["Patriot battery, Hellenic Air Force"], loc="NAMFI, Crete", dtext="On Wednesday"),
    ev("weapons_test", "was postponed owing to strong north winds", "2020-08-26", status=(NEG,),
       actors=["Army unit"], loc="NAMFI, Crete", dtext="scheduled for Wednesday afternoon, was postponed"),
    ev("weapons_test", "It will be carried out next week, weather permitting", "2020-08-31", "2020-09-06",
       loose=True, status=(PLAN,), actors=["Army unit"], dtext="next week"),
    ev("speech_or_statement", "addressed the crews of the participating ships and batteries", "2020-08-25",
       actors=["Minister of National Defence"], loc="NAMFI, Crete", dtext="On Tuesday"),
    ev("military_exercise", "The multinational air and naval exercise with the participation of units from France",
       "2020-08-26", "2020-08-28", status=(ONG, OCC), actors=["Greece", "France", "Italy", "Cyprus"],
       loc="south of Crete", dtext="began ... on Wednesday, is continuing today and will be completed tomorrow"),
    ev("summit_or_meeting", "held a meeting at the HNDGS headquarters with the Chief of the National Guard", "2020-08-27",
       actors=["Chief of the HNDGS", "Chief of the National Guard of Cyprus"], loc="Athens", dtext="This morning"),
    ev("election_or_appointment", "assumed his duties as Chief of the Fleet", "2020-08-24",
       actors=["Stylianos Karamouzis"], loc="Salamis Naval Base", dtext="On Monday"),
    ev("speech_or_statement", "the navigational warning issued on Monday by the Turkish side", "2020-08-24",
       req=False, actors=["Turkey"], dtext="on Monday", notes="NAVTEX as a statement; type debatable"),
    ev("military_exercise", "for firing exercises on 1 and 2 September", "2020-09-01", "2020-09-02",
       status=(PLAN,), actors=["Turkey"], loc="south of Kastellorizo", dtext="on 1 and 2 September"),
    ev("speech_or_statement", "a warning has been issued by the competent Greek station", req=False,
       actors=["Greek station"], notes="counter-NAVTEX, undated"),
    ev("military_exercise", "firing drills on Lemnos that had been planned for Saturday have been cancelled",
       "2020-08-29", status=(NEG,), loc="Lemnos", dtext="planned for Saturday ... cancelled"),
    ev("military_exercise", "The annual PARMENION exercise of the Armed Forces will be held in October", "2020-10",
       status=(PLAN,), actors=["Hellenic Armed Forces"], dtext="in October"),
    ev("military_exercise", "MEDUSA with Egypt is expected in November", "2020-11", status=(EXP, PLAN),
       actors=["Greece", "Egypt"], dtext="in November"),
    ev("agreement", "the agreement delimiting the exclusive economic zones of Greece and Egypt", "2020-08-06",
       actors=["Greece", "Egypt"], loc="Cairo", dtext="signed ... on 6 August"),
    ev("vote_or_referendum", "is due to ratify it in a vote this evening", "2020-08-27", status=(PLAN, EXP),
       actors=["Hellenic Parliament"], loc="Athens", dtext="this evening"),
]

# ---------------------------------------------------------------- 04 Iraq 1990
A = "04_baghdad_embargo_explainer"
PUB[A] = ("1990-09-26", None)
WEEKDAYS[A] = [("1990-09-26", "Wednesday"), ("1990-09-25", "Tuesday"), ("1990-09-28", "Friday")]
FORBIDDEN[A] = ["Also in this issue: Oil tops $38 a barrel in London · Kuwaiti exiles meet in Taif · Shipping rates after the blockade"]
G[A] = [
    ev("sanctions", "how the embargo on Iraq was built, one resolution at a time", req=False, dtext="headline",
       notes="the embargo as a whole; no single date"),
    ev("vote_or_referendum", "voted by 14 to 1 to close the skies over Iraq", "1990-09-25", alt=["sanctions"],
       actors=["UN Security Council"], loc="New York", dtext="Late yesterday"),
    ev("summit_or_meeting", "sitting at the level of foreign ministers", "1990-09-25", req=False,
       actors=["UN Security Council"], dtext="Late yesterday"),
    ev("sanctions", "extends the trade embargo to aircraft", "1990-09-25", actors=["UN Security Council"],
       dtext="the new resolution (yesterday)", notes="air embargo, Resolution 670"),
    ev("speech_or_statement", "In his speech to the Council on Tuesday", "1990-09-25",
       actors=["Soviet foreign minister"], loc="New York", dtext="on Tuesday"),
    ev("sanctions", "Under the sanctions imposed on 6 August", "1990-08-06", actors=["UN Security Council"],
       dtext="on 6 August"),
    ev("sanctions", "Since the Council's decision of 25 August", "1990-08-25", alt=["vote_or_referendum"],
       actors=["UN Security Council"], dtext="of 25 August", notes="naval enforcement of the embargo"),
    ev("attack", "two Iraqi tankers were turned back with warning shots", req=False,
       notes="warning shots during enforcement; undated"),
    ev("attack", "through eight years of war with Iran", "1980", "1988", req=False, loose=True,
       dtext="eight years of war", notes="background"),
    ev("sanctions", "the Council could go further and authorise a blockade of the land routes", status=(HYP,),
       actors=["UN Security Council"], notes="conditional, undated"),
    ev("sanctions", "will not close the desert crossing at Ruweished", status=(NEG,), actors=["Jordan"],
       loc="Ruweished", notes="refusal, undated"),
    ev("attack", "Iraqi troops cross into Kuwait before dawn", "1990-08-02", actors=["Iraq"], loc="Kuwait",
       dtext="2 August"),
    ev("vote_or_referendum", "the Council demands their withdrawal in Resolution 660", "1990-08-02",
       actors=["UN Security Council"], dtext="2 August"),
    ev("sanctions", "Washington freezes Iraqi and Kuwaiti assets the same day", "1990-08-02",
       actors=["United States"], dtext="the same day (2 August)"),
    ev("sanctions", "The European Community halts oil imports from both countries", "1990-08-04",
       actors=["European Community"], dtext="4 August"),
    ev("vote_or_referendum", "Resolution 661 is adopted by 13 votes to none", "1990-08-06", alt=["sanctions"],
       actors=["UN Security Council"], dtext="6 August"),
    ev("speech_or_statement", "Baghdad proclaims that Kuwait has been merged with Iraq", "1990-08-08", actors=["Iraq"],
       dtext="8 August", notes="annexation announcement"),
    ev("sanctions", "Turkey had closed the pipeline from Kirkuk to the Mediterranean the day before", "1990-08-07",
       actors=["Turkey"], dtext="the day before (8 August)"),
    ev("vote_or_referendum", "Resolution 662 declares the annexation null and void", "1990-08-09",
       actors=["UN Security Council"], dtext="9 August"),
    ev("summit_or_meeting", "At an emergency summit in Cairo", "1990-08-10", actors=["Arab heads of state"],
       loc="Cairo", dtext="10 August"),
    ev("vote_or_referendum", "a majority of Arab heads of state back the dispatch", "1990-08-10", req=False,
       dtext="10 August", notes="decision at the summit"),
    ev("vote_or_referendum", "Resolution 665 authorises naval enforcement", "1990-08-25", alt=["sanctions"],
       req=False, dtext="25 August", notes="second mention of the decision of 25 August"),
    ev("summit_or_meeting", "The American and Soviet presidents meet in Helsinki for a day", "1990-09-09",
       actors=["US President", "Soviet President"], loc="Helsinki", dtext="9 September"),
    ev("vote_or_referendum", "Resolution 666 sets rules for deciding when food shipments may go in", "1990-09-13",
       alt=["sanctions"], actors=["UN Security Council"], dtext="13 September"),
    ev("summit_or_meeting", "will sit again on Friday", "1990-09-28", status=(PLAN,),
       actors=["sanctions committee"], dtext="on Friday"),
    ev("speech_or_statement", "Japan has pledged two billion dollars", req=False, actors=["Japan"],
       notes="pledge, undated"),
]

# ---------------------------------------------------------------- 05 Gabon 2023
A = "05_libreville_takeover_live"
PUB[A] = ("2023-08-30T19:12", None)
WEEKDAYS[A] = [("2023-08-30", "Wednesday"), ("2023-08-26", "Saturday"), ("2023-08-31", "Thursday"),
               ("2023-09-04", "Monday"), ("2023-09-10", "Sunday")]
FORBIDDEN[A] = ["Key events: 18:05 Guard commander named transition leader · 16:30 President's video appeal · 07:30 Officers announce takeover on TV",
                "Most viewed: Niger junta rejects talks with envoys · Coup fears grip a region · Sign up for the Africa Briefing"]
G[A] = [
    ev("dismissal_or_resignation", "officers say they have seized power", "2023-08-30", alt=["attack"], req=False,
       dtext="headline"),
    ev("election_or_appointment", "minutes after president declared winner of disputed vote", "2023-08-30",
       alt=["vote_or_referendum"], req=False, dtext="headline"),
    ev("dismissal_or_resignation", "saying they have removed the president from office", "2023-08-30",
       alt=["attack"], actors=["officers", "president"], loc="Libreville", dtext="live page of the day",
       notes="coup removing the head of state"),
    ev("vote_or_referendum", "the winner of Saturday's election", "2023-08-26", loc="Gabon", dtext="Saturday's"),
    ev("arrest_or_detention", "the president is confined to his residence", "2023-08-30", status=(OCC, ONG),
       actors=["president"], loc="Libreville", dtext="live page of the day", notes="house arrest"),
    ev("arrest_or_detention", "one of his sons has been arrested", "2023-08-30", req=False, dtext="summary",
       notes="second mention of the 15:45 arrests"),
    ev("election_or_appointment", "the commander of the Republican Guard is now the country's leader", "2023-08-30",
       req=False, dtext="summary", notes="second mention of the 18:05 designation"),
    ev("summit_or_meeting", "will hold an emergency meeting on Gabon tomorrow", "2023-08-31", status=(PLAN,),
       actors=["AU Peace and Security Council"], dtext="tomorrow"),
    ev("summit_or_meeting", "are expected to confer by video early next week", "2023-09-04", "2023-09-10",
       loose=True, status=(EXP,), actors=["Central African regional bloc"], dtext="early next week"),
    ev("election_or_appointment", "has been chosen by unanimous decision to head a transition committee",
       "2023-08-30", actors=["commander of the Republican Guard"], loc="Libreville", dtext="18:05"),
    ev("speech_or_statement", "Their spokesman reads a communiqué", "2023-08-30", req=False, dtext="18:05",
       notes="broadcast carrying the designation"),
    ev("speech_or_statement", "has put out a statement condemning what it calls the military coup", "2023-08-30",
       actors=["French prime minister's office"], loc="Paris", dtext="17:20"),
    ev("speech_or_statement", "A video of the president, filmed apparently in a sitting room", "2023-08-30",
       actors=["president"], dtext="16:30"),
    ev("arrest_or_detention", "have been arrested on charges including high treason", "2023-08-30",
       actors=["officers", "president's son", "entourage"], loc="Libreville", dtext="15:45"),
    ev("protest", "Large crowds are out in Libreville's Nzeng-Ayong district", "2023-08-30", req=False,
       loc="Libreville, Port-Gentil", dtext="14:10", notes="celebration; type debatable"),
    ev("speech_or_statement", "A news conference by the interior minister", "2023-08-30", status=(NEG,),
       actors=["interior minister"], dtext="announced for ten o'clock this morning, did not take place"),
    ev("election_or_appointment", "announced that the president had been re-elected with 64.27 per cent", "2023-08-30",
       alt=["vote_or_referendum", "speech_or_statement"], actors=["electoral commission"],
       dtext="At around half past three this morning"),
    ev("attack", "Bursts of automatic gunfire were heard", "2023-08-30", req=False, loc="Libreville",
       dtext="09:50", notes="gunfire without targets"),
    ev("speech_or_statement", "appear on the Gabon 24 channel", "2023-08-30", actors=["officers"],
       dtext="07:30", notes="the televised takeover statement"),
    ev("dismissal_or_resignation", "by ending the current regime", "2023-08-30", req=False, dtext="07:30",
       notes="coup inside the statement"),
    ev("vote_or_referendum", "the election results are cancelled", "2023-08-30", status=(OCC, NEG), req=False,
       dtext="07:30", notes="annulment; type debatable"),
    ev("dismissal_or_resignation", "all institutions of the republic are dissolved", "2023-08-30", req=False,
       dtext="07:30", notes="dissolution; no exact type"),
    ev("election_or_appointment", "The president came to power in 2009", "2009", actors=["president"],
       dtext="in 2009"),
    ev("vote_or_referendum", "was re-elected in 2016", "2016", actors=["president"], dtext="in 2016"),
    ev("protest", "followed by deadly unrest", "2016", alt=["attack"], req=False, dtext="2016 vote"),
]

# ---------------------------------------------------------------- 06 Tunisia 1974
A = "06_djerba_union_talks"
PUB[A] = (None, ["1974-01-13", "1974-01-13"])
WEEKDAYS[A] = [("1974-01-13", "Sunday"), ("1974-01-12", "Saturday"), ("1974-01-11", "Friday"),
               ("1974-01-18", "Friday"), ("1974-01-15", "Tuesday"), ("1974-01-14", "Monday"),
               ("1974-01-09", "Wednesday")]
FORBIDDEN[A] = ["Other items on the MDS French and Arabic files today: Sfax port strike talks resume · Gafsa miners to vote on wage offer · Olive harvest tops target"]
G[A] = [
    ev("agreement", "proclaim a single republic", "1974-01-12", req=False, dtext="headline"),
    ev("summit_or_meeting", "after two days of talks on Djerba", "1974-01-11", "1974-01-12", req=False,
       dtext="headline"),
    ev("agreement", "Tunisia and Libya agreed yesterday to merge into one state", "1974-01-12", req=False,
       actors=["Tunisia", "Libya"], loc="Djerba", dtext="yesterday", notes="same agreement as the signing"),
    ev("summit_or_meeting", "at the end of two days of talks between the Tunisian President and the Libyan head of state",
       "1974-01-11", "1974-01-12", alts=["1974-01-12"], actors=["Tunisian President", "Libyan head of state"],
       loc="Djerba", dtext="two days ... ended yesterday (Friday-Saturday)"),
    ev("agreement", "was signed on Saturday afternoon in the hotel's conference room", "1974-01-12",
       actors=["Tunisia", "Libya"], loc="Djerba", dtext="on Saturday afternoon"),
    ev("speech_or_statement", "A joint communiqué broadcast by both national radios late last night", "1974-01-12",
       alts=["1974-01-13"], actors=["Tunisia", "Libya"], dtext="late last night"),
    ev("vote_or_referendum", "approve the union in a referendum on Friday, 18 January", "1974-01-18",
       status=(PLAN,), actors=["Tunisia", "Libya"], dtext="on Friday, 18 January"),
    ev("election_or_appointment", "the Tunisian President would head the new state", status=(PLAN, HYP), req=False,
       notes="provision of the declaration, undated"),
    ev("summit_or_meeting", "with a meeting between the two leaders alone", "1974-01-11", req=False,
       loc="Djerba", dtext="on Friday morning"),
    ev("agreement", "the two economy ministers signed a protocol on customs", "1974-01-11",
       actors=["economy ministers"], loc="Djerba", dtext="The same evening (Friday)"),
    ev("summit_or_meeting", "His programme in Gabès and Kebili has been cancelled", "1974-01-13", "1974-01-15",
       loose=True, status=(NEG,), actors=["Libyan head of state"], loc="Gabès, Kebili",
       dtext="expected to stay until Tuesday ... cancelled", notes="the visit cut short"),
    ev("summit_or_meeting", "had broken off an official visit to Iran", "1974-01-09", "1974-01-12",
       alts=["1974-01-12"], actors=["Tunisian Prime Minister"], loc="Tehran",
       dtext="arrived in Tehran on Wednesday ... landed last night", notes="visit cut short"),
    ev("summit_or_meeting", "went straight into a meeting with senior ministers", "1974-01-12",
       alts=["1974-01-13", ("1974-01-12", "1974-01-13")], actors=["Tunisian Prime Minister", "ministers"],
       loc="Tunis", dtext="last night, shortly before midnight"),
    ev("summit_or_meeting", "Both foreign ministers will meet in Tripoli on Tuesday",
       "1974-01-15", status=(PLAN,), actors=["foreign ministers"], loc="Tripoli", dtext="on Tuesday"),
    ev("party_meeting", "has been summoned to examine the text tomorrow", "1974-01-14", status=(PLAN,),
       actors=["Political Bureau of the Destourian Socialist Party"], dtext="tomorrow"),
    ev("election_or_appointment", "who took power four and a half years ago", "1969", loose=True, req=False,
       alt=["dismissal_or_resignation"], actors=["Libyan head of state"], dtext="four and a half years ago",
       notes="1969 takeover"),
    ev("speech_or_statement", "first proposed it in a speech in Tunis in December 1972", "1972-12",
       actors=["Libyan head of state"], loc="Tunis", dtext="in December 1972"),
    ev("agreement", "which was to have been proclaimed on 1 September last year", "1973-09-01", status=(NEG,),
       actors=["Libya", "Egypt"], dtext="on 1 September last year ... never saw the light of day"),
    ev("vote_or_referendum", "the referendum could not be organised in six days", "1974-01-18", status=(PLAN, HYP),
       req=False, dtext="second mention"),
    ev("protest", "Several thousand islanders gathered in the square of Houmt Souk", "1974-01-12", req=False,
       loc="Houmt Souk", dtext="on Saturday night", notes="celebration; type debatable"),
    ev("vote_or_referendum", "a single legislature is to be elected within a year", "1974-01-13", "1975-01-13",
       loose=True, status=(HYP, PLAN), dtext="If the voters approve ... within a year"),
]

# ---------------------------------------------------------------- 07 Malawi 2019
A = "07_mzuzu_march_arrests"
PUB[A] = ("2019-07-12", None)
WEEKDAYS[A] = [("2019-07-12", "Friday"), ("2019-07-11", "Thursday"), ("2019-07-09", "Tuesday"),
               ("2019-07-10", "Wednesday"), ("2019-07-13", "Saturday"), ("2019-07-15", "Monday"),
               ("2019-07-18", "Thursday"), ("2019-07-04", "Thursday")]
FORBIDDEN[A] = ["Photo caption: Marchers on the M1 near Katoto on Thursday morning. Picture: Northern Courier",
                "Most read: Teachers to strike over unpaid arrears · Mzimba chiefs meet over land dispute · Flames gut Luwinga market"]
G[A] = [
    ev("arrest_or_detention", "Fourteen held after Mzuzu march", "2019-07-11", req=False, dtext="headline"),
    ev("protest", "march ends in running battles", "2019-07-11", req=False, dtext="headline"),
    ev("arrest_or_detention", "Fourteen people were arrested on Thursday night", "2019-07-11",
       actors=["police"], loc="Mzuzu", dtext="on Thursday night"),
    ev("protest", "after a march by opposition supporters through the centre of Mzuzu", "2019-07-11", req=False,
       loc="Mzuzu", dtext="Thursday", notes="first mention; the main annotation is 'Thursday's demonstration'"),
    ev("attack", "ended with a police post in flames", "2019-07-11", req=False, loc="Mzuzu", dtext="Thursday",
       notes="summary of the arson below"),
    ev("arrest_or_detention", "All were remanded in custody until Monday", "2019-07-12",
       actors=["Mzuzu magistrate's court"], loc="Mzuzu", dtext="today", notes="remand; Monday is a hearing"),
    ev("protest", "Thursday's demonstration, the latest in a wave of protests", "2019-07-11",
       actors=["opposition supporters"], loc="Mzuzu", dtext="Thursday's"),
    ev("vote_or_referendum", "the 21 May presidential election", "2019-05-21", loc="Malawi", dtext="21 May"),
    ev("attack", "began throwing stones at police officers", "2019-07-11", req=False, loc="Mzuzu",
       dtext="Thursday", notes="clash; type debatable"),
    ev("attack", "the police unit post at Chibavi was set on fire", "2019-07-11", loc="Chibavi, Mzuzu",
       dtext="In the hour that followed (Thursday)"),
    ev("arrest_or_detention", "had been picked up in house-to-house searches after dark", "2019-07-11", req=False,
       dtext="after dark (Thursday)", notes="second mention"),
    ev("arrest_or_detention", "Nobody has been detained for marching", status=(NEG,), req=False,
       notes="quoted denial, undated"),
    ev("protest", "the coalition would march again next Thursday", "2019-07-18", status=(PLAN,),
       actors=["civil society coalition"], loc="northern district headquarters", dtext="next Thursday"),
    ev("protest", "a candlelight vigil that the coalition had called for Saturday evening", "2019-07-13",
       status=(NEG,), actors=["civil society coalition"], loc="Mzuzu stadium",
       dtext="for Saturday evening ... refused permission"),
    ev("summit_or_meeting", "at a meeting between the organisers and district officials on Tuesday", "2019-07-09",
       loc="Mzuzu", dtext="on Tuesday"),
    ev("protest", "A similar march a week earlier had passed off without arrests", "2019-07-04", loc="Mzuzu",
       dtext="a week earlier (than Thursday 11 July)"),
    ev("protest", "Wednesday's demonstration in the capital, Lilongwe", "2019-07-10", loc="Lilongwe",
       dtext="Wednesday's"),
    ev("election_or_appointment", "declared the president re-elected on 27 May", "2019-05-27",
       actors=["electoral commission"], dtext="on 27 May"),
    ev("speech_or_statement", "In a statement broadcast on national radio on Wednesday evening", "2019-07-10",
       actors=["Minister of Homeland Security"], dtext="on Wednesday evening"),
    ev("summit_or_meeting", "the city council would hold a special meeting on Monday", "2019-07-15",
       status=(PLAN,), req=False, actors=["Mzuzu city council"], dtext="on Monday", notes="type debatable"),
]

# ---------------------------------------------------------------- 08 Botswana 2026
A = "08_gaborone_minister_interview"
PUB[A] = ("2026-03-09", None)
WEEKDAYS[A] = [("2026-03-09", "Monday"), ("2026-03-04", "Wednesday"),
               ("2026-03-02", "Monday"), ("2026-03-08", "Sunday"), ("2026-03-14", "Saturday"),
               ("2026-03-10", "Tuesday"), ("2026-02-23", "Monday"), ("2026-03-01", "Sunday")]
FORBIDDEN[A] = ["Next week in Conversations: the opposition whip on the by-election vote · Read more: Farmers' march on the ministry in pictures"]
G[A] = [
    ev("vote_or_referendum", "Saturday's by-election", "2026-03-14", status=(PLAN,), req=False, dtext="headline"),
    ev("election_or_appointment", "You were sworn in on 14 January", "2026-01-14",
       actors=["Kelebogile Motshwari"], loc="Gaborone", dtext="on 14 January"),
    ev("speech_or_statement", "When cabinet declared the drought a national disaster on 3 February", "2026-02-03",
       alt=["disaster"], actors=["cabinet"], dtext="on 3 February", notes="declaration of a drought emergency"),
    ev("protest", "Farmers marched on your ministry last week", "2026-03-02", "2026-03-08", loose=True,
       actors=["farmers"], loc="Gaborone", dtext="last week"),
    ev("summit_or_meeting", "I met their leaders on Wednesday, for three hours", "2026-03-04",
       actors=["minister", "farmers' leaders"], dtext="on Wednesday"),
    ev("agreement", "We agreed that a joint committee", "2026-03-04", req=False, dtext="at Wednesday's meeting"),
    ev("summit_or_meeting", "will sit for the first time on 20 March", "2026-03-20", status=(PLAN,),
       actors=["joint committee"], dtext="on 20 March"),
    ev("dismissal_or_resignation", "Your predecessor resigned in December", "2025-12",
       actors=["former minister"], dtext="in December"),
    ev("arrest_or_detention", "Police arrested three land board officials in Kweneng last month", "2026-02",
       actors=["police"], loc="Kweneng", dtext="last month"),
    ev("protest", "The stoppage they had called for 2 March was suspended", "2026-03-02", status=(NEG,),
       actors=["civil servants' unions"], dtext="called for 2 March ... suspended"),
    ev("summit_or_meeting", "after we sat down with the unions the week before", "2026-02-23", "2026-03-01",
       loose=True, actors=["ministry", "unions"], dtext="the week before (2 March)"),
    ev("agreement", "Nothing has been signed yet", status=(NEG,), req=False, notes="negated, undated"),
    ev("summit_or_meeting", "the talks continue", status=(ONG,), req=False, notes="ongoing talks, undated"),
    ev("agreement", "We signed a memorandum of understanding in Windhoek on 18 February", "2026-02-18",
       actors=["Botswana", "Namibia"], loc="Windhoek", dtext="on 18 February"),
    ev("summit_or_meeting", "The technical teams meet again next month", "2026-04", status=(PLAN,),
       actors=["technical teams"], dtext="next month"),
    ev("summit_or_meeting", "the SADC water ministers gather here in Gaborone in May", "2026-05", status=(PLAN,),
       actors=["SADC water ministers"], loc="Gaborone", dtext="in May"),
    ev("agreement", "a treaty could be ready for signature in 2027", "2027", status=(HYP,),
       actors=["Botswana", "Namibia"], dtext="in 2027"),
    ev("vote_or_referendum", "will lose the Maun West by-election on Saturday", "2026-03-14", status=(PLAN,),
       loc="Maun West", dtext="on Saturday"),
    ev("legislative_session", "Parliament resumes tomorrow with the drought bill", "2026-03-10", status=(PLAN,),
       actors=["Parliament"], dtext="tomorrow"),
    ev("vote_or_referendum", "a referendum would follow in 2027 at the earliest", "2027", loose=True,
       status=(HYP,), dtext="in 2027 at the earliest"),
    ev("vote_or_referendum", "If Parliament passes the amendment bill", status=(HYP,), req=False,
       actors=["Parliament"], notes="condition, undated"),
    ev("speech_or_statement", "The finance minister's budget speech on 2 February", "2026-02-02",
       actors=["finance minister"], dtext="on 2 February"),
    ev("speech_or_statement", "in his state of the nation address in November", "2025-11", actors=["President"],
       dtext="in November"),
    ev("arrest_or_detention", "In 2019 I was arrested outside this building", "2019",
       actors=["Kelebogile Motshwari"], loc="Gaborone", dtext="In 2019"),
    ev("protest", "during a protest against the Dikgatlhong transfer scheme", "2019", loc="Gaborone",
       dtext="In 2019"),
]

# ---------------------------------------------------------------- 09 Fiji 1996
A = "09_suva_obituary"
PUB[A] = ("1996-07-19", None)
WEEKDAYS[A] = [("1996-07-19", "Friday"), ("1996-07-16", "Tuesday"), ("1996-07-18", "Thursday"),
               ("1996-07-22", "Monday"), ("1996-07-20", "Saturday")]
FORBIDDEN[A] = ["Also on the Obituaries page: A life on the sugar mills · Letters: remembering the coup years · Funeral notices"]
G[A] = [
    ev("arrest_or_detention", "one of the hostages of 1987", "1987-05", req=False, dtext="headline"),
    ev("protest", "he joined the cane growers' strike of 1960", "1960", actors=["cane growers"], dtext="of 1960"),
    ev("vote_or_referendum", "he had won a seat on the Legislative Council", "1966", alt=["election_or_appointment"],
       actors=["Josefa Vakaloloma"], dtext="within six years (of 1960), four years before independence (1970)"),
    ev("vote_or_referendum", "The real test came with the election of April 1977", "1977-04", dtext="April 1977"),
    ev("vote_or_referendum", "at the second general election of that year", "1977-09",
       dtext="Five months later (than April 1977)"),
    ev("election_or_appointment", "the following January was handed the agriculture portfolio", "1978-01",
       actors=["Josefa Vakaloloma"], dtext="the following January"),
    ev("dismissal_or_resignation", "he resigned from the cabinet over the price paid to growers", "1982-01",
       actors=["Josefa Vakaloloma"], dtext="Four years to the month after that appointment"),
    ev("speech_or_statement", "delivering in his farewell a blistering attack", "1982-01", req=False,
       dtext="at his resignation", notes="farewell speech; 'attack' is metaphorical"),
    ev("vote_or_referendum", "He was back in government after the election of April 1987", "1987-04",
       dtext="April 1987"),
    ev("election_or_appointment", "appointed minister of lands in the new coalition cabinet", "1987-04",
       actors=["Josefa Vakaloloma"], dtext="after the election of April 1987"),
    ev("dismissal_or_resignation", "soldiers walked into the chamber and led the ministers out at gunpoint",
       "1987-05-14", alt=["attack", "arrest_or_detention"], actors=["soldiers", "coalition cabinet"], loc="Suva",
       dtext="On 14 May", notes="coup removing the government"),
    ev("arrest_or_detention", "Vakaloloma was among those held at a barracks", "1987-05-14",
       alts=[("1987-05-14", "1987-05-19")], actors=["Josefa Vakaloloma"], dtext="(14 May) freed five days later"),
    ev("dismissal_or_resignation", "A second coup that September", "1987-09", alt=["attack"], req=False,
       dtext="that September"),
    ev("protest", "he led several thousand people on a march through Suva", "1989", loose=True,
       actors=["Josefa Vakaloloma"], loc="Suva", dtext="Two years after his detention (May 1987)"),
    ev("speech_or_statement", "he denounced it from the steps of the Methodist church", "1990-07",
       actors=["Josefa Vakaloloma"], loc="Toorak, Suva", dtext="When the new constitution was promulgated in July 1990"),
    ev("vote_or_referendum", "refused to stand in the election that followed two years later", "1992",
       status=(OCC, NEG), req=False, dtext="two years later (than 1990)", notes="he did not stand; the vote took place"),
    ev("vote_or_referendum", "The general election of February 1994", "1994-02", dtext="February 1994"),
    ev("election_or_appointment", "last year he was chosen to chair the public hearings", "1995",
       actors=["Josefa Vakaloloma"], dtext="last year"),
    ev("speech_or_statement", "The Prime Minister paid tribute in a statement issued yesterday", "1996-07-18",
       actors=["Prime Minister"], dtext="yesterday"),
    ev("legislative_session", "Parliament will observe a minute's silence when it sits on Monday", "1996-07-22",
       status=(PLAN,), actors=["Parliament"], dtext="when it sits on Monday"),
]

# ---------------------------------------------------------------- 10 Cambodia 2013
A = "10_phnom_penh_briefs"
PUB[A] = ("2013-09-17T09:40", None)
WEEKDAYS[A] = [("2013-09-17", "Tuesday"), ("2013-09-16", "Monday"), ("2013-09-15", "Sunday"),
               ("2013-09-13", "Friday"), ("2013-09-14", "Saturday"), ("2013-09-19", "Thursday"),
               ("2013-09-23", "Monday")]
FORBIDDEN[A] = ["MKW-BRF ends · Earlier today: Koh Kong villagers march over land grant · PM meets EU envoy on aid · Riel steady"]
G[A] = [
    ev("summit_or_meeting", "second round of party talks", "2013-09-17", req=False, dtext="headline"),
    ev("arrest_or_detention", "strikers detained", "2013-09-16", req=False, dtext="headline"),
    ev("summit_or_meeting", "border meeting", "2013-09-13", req=False, dtext="headline"),
    ev("disaster", "floods in the north-west", "2013-09-14", status=(ONG, OCC), req=False, dtext="headline"),
    ev("summit_or_meeting", "sat down this morning for a second round of talks", "2013-09-17", status=(OCC, ONG),
       actors=["ruling party", "opposition"], loc="National Assembly building, Phnom Penh", dtext="this morning"),
    ev("summit_or_meeting", "At Monday's three-hour session", "2013-09-16", actors=["ruling party", "opposition"],
       loc="Phnom Penh", dtext="Monday's"),
    ev("agreement", "agreed to refrain from violence and to set up a joint committee", "2013-09-16",
       actors=["ruling party", "opposition"], dtext="at Monday's session"),
    ev("vote_or_referendum", "the conduct of the 28 July election", "2013-07-28", loc="Cambodia", dtext="28 July"),
    ev("vote_or_referendum", "the United Nations-run vote of 1993", "1993", req=False, dtext="of 1993"),
    ev("protest", "The opposition's three-day mass rally in Freedom Park", "2013-09-15", "2013-09-17",
       status=(ONG, OCC), actors=["opposition"], loc="Freedom Park, Phnom Penh",
       dtext="three-day ... opened on Sunday ... due to end this evening"),
    ev("attack", "riot police fired on a crowd at a bridge", "2013-09-15", actors=["riot police"],
       loc="Phnom Penh", dtext="On Sunday night"),
    ev("attack", "they had been attacked with stones and slingshots", "2013-09-15", req=False,
       dtext="Sunday night", notes="police account"),
    ev("legislative_session", "to its first sitting on 23 September", "2013-09-23", status=(PLAN,),
       actors=["National Assembly"], loc="Phnom Penh", dtext="on 23 September"),
    ev("protest", "which the opposition says it will boycott unless", "2013-09-23", status=(HYP, PLAN), req=False,
       actors=["opposition"], dtext="the 23 September sitting", notes="conditional boycott; type debatable"),
    ev("speech_or_statement", "The election commission confirmed the official results on 8 September", "2013-09-08",
       alt=["election_or_appointment", "vote_or_referendum"], actors=["election commission"], dtext="on 8 September"),
    ev("arrest_or_detention", "Police detained eight garment workers on Monday", "2013-09-16", actors=["police"],
       loc="Kampong Speu", dtext="on Monday"),
    ev("protest", "have been on strike since late August", "2013-08-21", "2013-08-31", loose=True,
       alts=["2013-08"], status=(ONG, OCC), actors=["garment workers"], loc="Kampong Speu",
       dtext="since late August", notes="ongoing strike dated by its start"),
    ev("arrest_or_detention", "the eight were being held at the provincial police headquarters", "2013-09-16",
       status=(ONG, OCC), req=False, dtext="second mention"),
    ev("protest", "The union plans to march to the Ministry of Labour", "2013-09-19", status=(PLAN,),
       actors=["union"], loc="Phnom Penh", dtext="on Thursday"),
    ev("summit_or_meeting", "Senior Cambodian and Thai military officers met in Siem Reap on Friday", "2013-09-13",
       actors=["Cambodian and Thai military officers"], loc="Siem Reap", dtext="on Friday"),
    ev("summit_or_meeting", "A meeting of the joint border commission that had been planned for October", "2013-10",
       status=(NEG,), actors=["joint border commission"], dtext="planned for October ... put off indefinitely"),
    ev("agreement", "Both sides agreed that troops would stay where they are", "2013-09-13",
       actors=["Cambodia", "Thailand"], dtext="at Friday's meeting"),
    ev("disaster", "Flash floods that began on Saturday", "2013-09-14", status=(ONG, OCC),
       alts=[("2013-09-14", "2013-09-17")], loc="Banteay Meanchey and Battambang", dtext="began on Saturday"),
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
