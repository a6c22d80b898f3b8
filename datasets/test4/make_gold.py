#!/usr/bin/env python3
"""Hand-typed gold annotations for datasets/test4/articles; writes gold.jsonl next to this file."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OCC, ONG, PLN, EXP, NEG, HYP = "occurred", "ongoing", "planned", "expected", "negated", "hypothetical"
NODATE = [None, None]  # date alternative meaning "no date is also acceptable"


def E(type_, trigger, start=None, end=None, status=(OCC,), req=True, alt_types=(), alts=(),
      loose=False, actors=(), loc=None, dt=None, notes=""):
    return {"type": type_, "alt_types": list(alt_types), "trigger": trigger,
            "date_start": start, "date_end": end, "date_alternatives": list(alts),
            "date_loose": loose, "status": list(status), "actors": list(actors),
            "location": loc, "required": req, "date_text": dt, "notes": notes}


ARTICLES = []


def A(aid, published, events, forbidden=(), inferred=None):
    rec = {"article_id": aid, "published": published}
    if inferred:
        rec["published_inferred_range"] = list(inferred)
    rec["events"] = events
    rec["forbidden"] = list(forbidden)
    ARTICLES.append(rec)


# 01 -- wire story, Lome, Tuesday 9 Nov 2004
A("01_lome_bread_march", "2004-11-09", [
    E("arrest_or_detention", "detained at least 23 opposition activists", "2004-11-08", actors=["Togolese police", "CPD activists"], loc="Lome", dt="on Monday"),
    E("protest", "a banned march against the rising price of bread", "2004-11-08", actors=["Coalition for Bread and Dignity"], loc="Lome", dt="on Monday"),
    E("speech_or_statement", "a ban announced by the prefect", "2004-11-05", req=False, actors=["prefect of Golfe"], dt="on Friday", notes="administrative ban announcement; optional"),
    E("speech_or_statement", "went on state radio", "2004-11-08", actors=["security minister"], dt="on Monday evening", notes="accusation + warning"),
    E("legislative_session", "open its budget session", "2004-11-15", status=(PLN, EXP), actors=["National Assembly"], dt="next Monday"),
    E("vote_or_referendum", "go to a final vote before November is out", "2004-11-15", "2004-11-30", status=(EXP, PLN), loose=True, alts=["2004-11"], actors=["National Assembly"], dt="before November is out"),
    E("protest", "hold a second rally on Saturday", "2004-11-13", status=(PLN, HYP), actors=["CPD"], loc="Lome", dt="on Saturday", notes="conditional on detainees not being freed"),
    E("dismissal_or_resignation", "resigned on Sunday", "2004-11-07", actors=["Komi Dzidzienyo Amegah"], dt="on Sunday"),
    E("election_or_appointment", "replaced the same day by his chief of staff", "2004-11-07", actors=["Essi Mawuena Lawson"], dt="the same day (previous paragraph: Sunday)"),
    E("summit_or_meeting", "refused talks with the coalition", status=(NEG,), actors=["government", "CPD"], notes="negated, undated"),
    E("speech_or_statement", "a mediation offer made last week", "2004-11-01", "2004-11-07", loose=True, req=False, alt_types=["summit_or_meeting"], actors=["Catholic bishops' conference"], dt="last week"),
    E("party_congress", "held its first congress in Kpalime in August", "2004-08", actors=["CPD"], loc="Kpalime", dt="in August"),
    E("election_or_appointment", "elected veteran trade unionist Kossi Agbodjan", "2004-08", actors=["Kossi Agbodjan"], dt="at the August congress"),
    E("summit_or_meeting", "a visit by a European Union delegation", "2004-11-10", "2004-11-30", status=(EXP, PLN), loose=True, alts=["2004-11"], actors=["EU delegation"], dt="later this month"),
], forbidden=["ak/ym/jsd"])

# 02 -- Gulf English edition, Tuesday 19 April 2016 (12 Rajab 1437)
A("02_gulf_gcc_memorandum", "2016-04-19", [
    E("agreement", "signed a memorandum on Sunday", "2016-04-17", actors=["GCC interior ministers"], loc="Riyadh", dt="on Sunday"),
    E("summit_or_meeting", "a one-day meeting at the council's secretariat", "2016-04-17", actors=["GCC interior ministers"], loc="Riyadh", dt="on Sunday (same sentence)"),
    E("attack", "a wave of cyberattacks earlier this month", "2016-04-01", "2016-04-18", loose=True, alts=["2016-04"], dt="earlier this month"),
    E("speech_or_statement", "the Cabinet denounced", "2016-04-18", actors=["Kuwaiti Cabinet"], dt="on Monday"),
    E("summit_or_meeting", "At its weekly meeting on Monday", "2016-04-18", req=False, actors=["Kuwaiti Cabinet"], notes="cabinet meeting; optional"),
    E("attack", "the bombing at a security checkpoint in Aden", "2016-04-16", loc="Aden", dt="on Saturday"),
    E("legislative_session", "will convene next Tuesday for a special session", "2016-04-26", status=(PLN, EXP), actors=["National Assembly"], dt="next Tuesday"),
    E("vote_or_referendum", "could lead to a no-confidence motion", status=(HYP,), actors=["National Assembly"], notes="hypothetical, undated"),
    E("military_exercise", "concluded a nine-day joint exercise", "2016-04-06", "2016-04-14", alts=["2016-04-14"], actors=["Kuwaiti navy", "Saudi navy"], loc="off Khafji", dt="nine-day ... concluded last Thursday"),
    E("election_or_appointment", "was appointed undersecretary", "2016-04-17", actors=["Ahmad Yousef Al-Qattan"], dt="in a decree issued on Sunday"),
    E("dismissal_or_resignation", "retired last month", "2016-03", actors=["Abdulwahab Saleh Al-Marzouq"], dt="last month"),
    E("summit_or_meeting", "is expected in Kuwait on Thursday", "2016-04-21", status=(EXP, PLN), actors=["Bahraini foreign minister", "Kuwaiti foreign minister"], loc="Kuwait", dt="on Thursday"),
    E("summit_or_meeting", "the annual GCC summit", "2016-12", status=(PLN, EXP), loc="Manama", dt="in December"),
], forbidden=["Related coverage on page 4: Petrol subsidy reform - what it means for your wallet"])

# 03 -- Latin American English service, 24/08/2023 18:40 (Thursday)
A("03_asuncion_credit_cap", "2023-08-24T18:40", [
    E("vote_or_referendum", "The Senate approved on Wednesday", "2023-08-23", actors=["Senate"], dt="on Wednesday"),
    E("legislative_session", "a late-night session", "2023-08-23", actors=["Senate"], dt="on Wednesday (same sentence)"),
    E("vote_or_referendum", "should debate the measure next month", "2023-09", status=(EXP, PLN), req=False, alt_types=["legislative_session"], actors=["Chamber of Deputies"], dt="next month"),
    E("election_or_appointment", "the new president took office on August 15", "2023-08-15", actors=["president"], dt="on August 15"),
    E("speech_or_statement", "his inaugural address", "2023-08-15", req=False, actors=["president"]),
    E("protest", "held a candlelit vigil", "2023-08-23", actors=["National Debtors' Union"], loc="Plaza de Armas, Asuncion", dt="while the senators debated (Wednesday)"),
    E("dismissal_or_resignation", "removed the head of the national customs office", "2023-08-21", actors=["Osvaldo Benitez Caceres"], dt="on Monday"),
    E("election_or_appointment", "was named acting director the same day", "2023-08-21", actors=["Liliana Recalde"], dt="the same day (previous paragraph: Monday)"),
    E("disaster", "wildfires that broke out near Fuerte Olimpo last weekend", "2023-08-19", "2023-08-20", status=(OCC, ONG), loc="Chaco", dt="last weekend"),
    E("speech_or_statement", "declared an emergency on Tuesday", "2023-08-22", req=False, actors=["departmental governor"]),
    E("protest", "would block Route 3 from Monday", "2023-08-28", status=(PLN, HYP), actors=["small farmers' organisations"], dt="from Monday"),
    E("summit_or_meeting", "A meeting between their leaders and ministry officials", "2023-08-18", status=(NEG,), alts=[NODATE], actors=["farmers' leaders", "agriculture ministry"], dt="scheduled for last Friday ... cancelled"),
    E("speech_or_statement", "The Episcopal Conference issued a statement on Sunday", "2023-08-20", actors=["Episcopal Conference"], dt="on Sunday"),
    E("summit_or_meeting", "will travel to Brasilia next Tuesday", "2023-08-29", status=(PLN, EXP), actors=["foreign minister", "Brazilian foreign minister"], loc="Brasilia", dt="next Tuesday"),
])

# 04 -- government press release, "Released on 3 February 2021" (Wednesday)
A("04_dublin_press_release", "2021-02-03", [
    E("speech_or_statement", "In a statement issued on Monday", "2021-02-01", actors=["Minister for Foreign Affairs"], dt="on Monday"),
    E("dismissal_or_resignation", "the seizure of power by the Myanmar military", "2021-02-01", req=False, alt_types=["attack"], actors=["Myanmar military"], dt="on Monday", notes="coup; type debatable"),
    E("arrest_or_detention", "The detention of the State Counsellor", "2021-02-01", actors=["Myanmar military", "State Counsellor", "President"], loc="Nay Pyi Taw", dt="in the early hours of Monday"),
    E("legislative_session", "was to have held its opening sitting", "2021-02-01", status=(NEG,), actors=["Myanmar parliament"], dt="on the day (Monday)"),
    E("vote_or_referendum", "the general election of 8 November", "2020-11-08", loc="Myanmar", dt="8 November (previous year)"),
    E("summit_or_meeting", "took part in closed consultations", "2021-02-02", actors=["UN Security Council"], loc="New York", dt="yesterday"),
    E("agreement", "did not reach agreement on a press statement", "2021-02-02", status=(NEG,), req=False, alt_types=["speech_or_statement"], actors=["UN Security Council"]),
    E("summit_or_meeting", "spoke by telephone this morning", "2021-02-03", actors=["Minister for Foreign Affairs", "Foreign Minister of Indonesia"], dt="this morning"),
    E("protest", "to bang pots and pans in protest", "2021-02-02", actors=["residents of Yangon"], loc="Yangon", dt="on Tuesday evening"),
    E("summit_or_meeting", "when EU foreign ministers gather in Brussels on 22 February", "2021-02-22", status=(PLN,), actors=["EU foreign ministers"], loc="Brussels", dt="on 22 February"),
    E("sanctions", "targeted restrictive measures", status=(HYP, PLN), actors=["EU"], notes="conditional; undated"),
    E("summit_or_meeting", "will meet representatives of the Myanmar community", "2021-02-05", status=(PLN,), actors=["Minister for Foreign Affairs"], dt="on Friday"),
    E("summit_or_meeting", "A departmental delegation visited Yangon and Sittwe", "2019-03", actors=["Department of Foreign Affairs delegation"], loc="Yangon; Sittwe", dt="in March 2019"),
], forbidden=["Press Office, Department of Foreign Affairs, Iveagh House, 80 St Stephen's Green, Dublin 2."])

# 05 -- parliamentary daily summary, Wednesday 12 June 2019
A("05_hobart_assembly_summary", "2019-06-12", [
    E("legislative_session", "The House met at 10.00 a.m.", "2019-06-12", actors=["House of Assembly"], dt="document date"),
    E("dismissal_or_resignation", "the resignation of Ms Ashworth (Bass) as Deputy Speaker", "2019-06-11", actors=["Ms Ashworth"], dt="announced to the House yesterday"),
    E("election_or_appointment", "was elected Deputy Speaker unopposed", "2019-06-12", actors=["Mr Kellaway"], dt="document date"),
    E("summit_or_meeting", "held a meeting with the Public Accounts Committee yesterday afternoon", "2019-06-11", actors=["Samoan delegation", "Public Accounts Committee"], dt="yesterday afternoon"),
    E("speech_or_statement", "The Premier made a statement on the floods", "2019-06-12", actors=["Premier"], dt="document date"),
    E("disaster", "the floods that struck the Huon Valley", "2019-06-08", "2019-06-09", loc="Huon Valley; Derwent catchment", dt="on the weekend of 8 and 9 June"),
    E("summit_or_meeting", "would seek a meeting with the Prime Minister next week", "2019-06-17", "2019-06-23", status=(PLN, EXP, HYP), loose=True, actors=["Premier", "Prime Minister"], dt="next week"),
    E("dismissal_or_resignation", "had on Monday resigned as Opposition Whip", "2019-06-10", actors=["Mr Farrow"], dt="on Monday"),
    E("vote_or_referendum", "The question was put and the House divided", "2019-06-12", actors=["House of Assembly"], dt="document date", notes="second reading division 13-11"),
    E("protest", "intend to rally on the Parliament House lawns on Saturday", "2019-06-15", status=(PLN,), actors=["petitioners"], dt="on Saturday"),
    E("vote_or_referendum", "no confidence in the Minister for Health", "2019-06-13", status=(PLN, EXP), actors=["Ms Delacourt", "Minister for Health"], dt="tomorrow"),
    E("legislative_session", "The House adjourned at 6.14 p.m. until 10.00 a.m. tomorrow.", "2019-06-13", status=(PLN,), req=False, alts=["2019-06-12"], notes="next sitting; a system may attach the adjournment to today's sitting"),
], forbidden=["This summary is prepared by the Table Office for information only and is not an official record of proceedings."])

# 06 -- election commission statement, Date: 22/07/2014 (Tuesday)
A("06_lusaka_ecz_statement", "2014-07-22", [
    E("vote_or_referendum", "parliamentary by-elections were held on Thursday, 17th July 2014", "2014-07-17", loc="Mkushi North; Chiengi; Lufwanyama", dt="Thursday, 17th July 2014"),
    E("speech_or_statement", "Results for all three constituencies were announced", "2014-07-19", req=False, actors=["Returning Officers"]),
    E("election_or_appointment", "were duly elected as Members of Parliament", "2014-07-19", alts=["2014-07-17"], actors=["Bwalya Kasonde Mumba", "Grace Nakamba Tembo", "Jonathan Sikazwe"], dt="declared Saturday 19 July; polled 17 July"),
    E("attack", "incidents of violence between cadres of rival parties", "2014-07-17", req=False, loc="Lufwanyama", dt="on polling day"),
    E("arrest_or_detention", "arrested 14 persons", "2014-07-18", actors=["Zambia Police Service"], dt="the following day (after polling day)"),
    E("dismissal_or_resignation", "suspended the Returning Officer for Chiengi", "2014-07-21", actors=["Returning Officer for Chiengi"], dt="with effect from Monday"),
    E("summit_or_meeting", "The Commission met representatives of all political parties", "2014-07-21", actors=["ECZ", "political parties"], loc="Elections House", dt="Monday, 21st July 2014"),
    E("vote_or_referendum", "the Mansa Central by-election will be held", "2014-09-09", status=(PLN,), loc="Mansa Central", dt="Tuesday, 9th September 2014"),
    E("vote_or_referendum", "no by-election will be held in Kasama Central", status=(NEG,), loc="Kasama Central"),
    E("election_or_appointment", "has appointed retired judge Elias Mwanza Chisenga", "2014-07-21", actors=["Elias Mwanza Chisenga"], dt="sworn in yesterday"),
    E("summit_or_meeting", "will hold a stakeholders' meeting", "2014-07-31", status=(PLN,), alts=["2014-07-24"], loc="Mansa", dt="next Thursday"),
], forbidden=["For more information visit the Commission's website or follow us on social media."])

# 07 -- military communique, Dated: September 6, 2011 (Tuesday)
A("07_rawalpindi_ispr", "2011-09-06", [
    E("weapons_test", "conducted a successful training launch", "2011-09-06", actors=["Pakistan"], dt="today"),
    E("military_exercise", "Exercise Sea Falcon", "2011-08-29", "2011-09-05", actors=["Army Strategic Forces Command"], dt="began on 29 August ... ended yesterday"),
    E("weapons_test", "no missile test was carried out on Saturday", "2011-09-03", status=(NEG,), alts=[NODATE], dt="on Saturday"),
    E("military_parade", "presented a march past", "2011-09-06", actors=["tri-service contingent"], loc="General Headquarters", dt="earlier today"),
    E("speech_or_statement", "In his address to the officers and troops", "2011-09-06", actors=["Chief of Army Staff"], dt="earlier today (previous paragraph)"),
    E("attack", "attacked a Frontier Corps post", "2011-09-04", "2011-09-05", alts=["2011-09-04", "2011-09-05"], loc="Loe Sam, Bajaur Agency", dt="on the night of 4/5 September"),
    E("arrest_or_detention", "apprehended 11 suspects", "2011-09-05", actors=["security forces"], dt="on Monday"),
    E("summit_or_meeting", "called on the visiting Commander", "2011-09-05", actors=["Chairman Joint Chiefs of Staff Committee", "Commander Royal Saudi Land Forces"], dt="yesterday"),
    E("military_exercise", "Crescent Bond-III", "2011-10-01", "2011-10-07", status=(PLN,), loose=True, alts=["2011-10"], loc="Cherat", dt="in the first week of October"),
    E("summit_or_meeting", "will visit the flood-affected districts", "2011-09-08", status=(PLN,), req=False, actors=["Chief of Army Staff"], dt="on Thursday", notes="visit to an area, not to officials; optional"),
    E("disaster", "heavy monsoon rains of recent weeks", "2011-08", "2011-09-06", status=(ONG, OCC), req=False, loose=True, loc="lower Sindh"),
])

# 08 -- South-East Asian business daily, Posted: 14/05/2013 07:55 (Tuesday)
A("08_hanoi_business_daily", "2013-05-14T07:55", [
    E("plenary_meeting", "wrapped up a ten-day plenum on Saturday", "2013-05-02", "2013-05-11", alts=["2013-05-11"], actors=["CPV Central Committee"], dt="ten-day ... wrapped up on Saturday"),
    E("election_or_appointment", "the Central Committee elected Tran Quoc Khai", "2013-05-02", "2013-05-11", loose=True, alts=["2013-05-11"], actors=["Tran Quoc Khai"], dt="during the plenum"),
    E("party_meeting", "The Politburo will meet next month", "2013-06", status=(PLN, EXP), actors=["Politburo"], dt="next month"),
    E("legislative_session", "opens its fifth session of the 13th legislature", "2013-05-20", status=(PLN,), alts=[["2013-05-20", "2013-06-19"], ["2013-05-20", "2013-06-20"]], actors=["National Assembly"], dt="next Monday; about a month"),
    E("vote_or_referendum", "hold a vote of confidence on 47 officials", "2013-05-20", "2013-06-20", status=(EXP, PLN), loose=True, actors=["National Assembly"], dt="during the session"),
    E("speech_or_statement", "The State Bank governor warned on Monday", "2013-05-13", actors=["State Bank governor"], dt="on Monday"),
    E("agreement", "signed a memorandum of understanding with a Singapore trade agency", "2013-05-10", actors=["Ministry of Planning and Investment"], dt="on Friday"),
    E("summit_or_meeting", "is due in Hanoi on May 27", "2013-05-27", status=(PLN, EXP), actors=["Japanese business delegation"], loc="Hanoi", dt="on May 27"),
    E("protest", "staged a sit-in outside the provincial People's Committee", "2013-05-13", actors=["farmers"], loc="Ha Tinh", dt="on Monday"),
    E("arrest_or_detention", "Police did not detain anyone", "2013-05-13", status=(NEG,), req=False, alts=[NODATE]),
    E("dismissal_or_resignation", "dismissed the vice chairman in charge of land clearance", "2013-05-06", "2013-05-12", loose=True, actors=["provincial People's Council"], dt="last week"),
])

# 09 -- Central Asian state agency, dateline "TASHKENT, 12 October" without year; 2016 from
#       "25th anniversary of independence" (1991) and the early presidential election of 4 December
A("09_tashkent_state_agency", None, [
    E("legislative_session", "held its regular plenary session on Tuesday", "2016-10-11", actors=["Legislative Chamber of the Oliy Majlis"], dt="on Tuesday"),
    E("vote_or_referendum", "adopted in the third reading", "2016-10-11", actors=["Legislative Chamber"], dt="at the Tuesday session"),
    E("speech_or_statement", "Addressing the session, the Speaker", "2016-10-11", actors=["Speaker of the Legislative Chamber"], dt="at the Tuesday session"),
    E("party_congress", "will hold an extraordinary congress in Tashkent on Saturday", "2016-10-15", status=(PLN,), actors=["People's Democratic Party of Uzbekistan"], loc="Tashkent", dt="on Saturday"),
    E("vote_or_referendum", "the early presidential election of 4 December", "2016-12-04", status=(PLN, EXP), dt="4 December"),
    E("party_meeting", "The party's Political Council met on Monday", "2016-10-10", actors=["PDP Political Council"], dt="on Monday"),
    E("summit_or_meeting", "received a delegation of the Ministry of Foreign Affairs", "2016-10-10", actors=["Uzbek foreign minister", "Kazakh deputy foreign minister"], dt="on Monday"),
    E("agreement", "signed a roadmap", "2016-10-10", actors=["Uzbekistan", "Kazakhstan"], dt="following the talks (previous paragraph: Monday)"),
    E("election_or_appointment", "was appointed khokim of Samarkand region on Friday", "2016-10-07", actors=["Bakhodir Tursunovich Ergashev"], dt="on Friday"),
    E("dismissal_or_resignation", "was relieved of his post", "2016-10-07", actors=["previous khokim of Samarkand"], dt="by the same decree (Friday)"),
    E("military_exercise", "conducted a tactical exercise with live firing", "2016-09", actors=["Eastern Military District"], loc="Forish, Jizzakh region", dt="last month"),
    E("summit_or_meeting", "will travel to Dushanbe next week", "2016-10-17", "2016-10-23", status=(PLN,), loose=True, actors=["Senate delegation", "Majlisi Milli"], loc="Dushanbe", dt="next week"),
], inferred=["2016-10-12", "2016-10-12"])

# 10 -- regional TV website, Updated 14:32, Thu 05 Oct 2023
A("10_wales_tv_tractors", "2023-10-05T14:32", [
    E("protest", "drove tractors to Cardiff Bay on Tuesday", "2023-10-03", actors=["farmers"], loc="Cardiff Bay", dt="on Tuesday"),
    E("vote_or_referendum", "voted 31 to 27", "2023-10-04", actors=["Members of the Senedd"], dt="the next day (after Tuesday)"),
    E("dismissal_or_resignation", "Gethin Prys-Morgan resigned on Wednesday night", "2023-10-04", actors=["Gethin Prys-Morgan"], dt="on Wednesday night"),
    E("speech_or_statement", "issued a written statement on Thursday morning", "2023-10-05", actors=["First Minister"], dt="on Thursday morning"),
    E("election_or_appointment", "named regional member Catrin Howells as his replacement", "2023-10-05", actors=["Catrin Howells"], dt="Thursday morning (same sentence)"),
    E("disaster", "flash flooding in Carmarthenshire", "2023-09-30", loc="Llandeilo, Carmarthenshire", dt="on Saturday"),
    E("vote_or_referendum", "threatened to force a confidence vote", status=(NEG, HYP), actors=["opposition parties"], notes="threat withdrawn"),
    E("summit_or_meeting", "due to meet the farming unions in Aberystwyth next Wednesday", "2023-10-11", status=(PLN,), actors=["Welsh ministers", "farming unions"], loc="Aberystwyth", dt="next Wednesday"),
    E("vote_or_referendum", "will be held on 16 November", "2023-11-16", status=(PLN,), loc="Tywi ward", dt="on 16 November"),
], forbidden=[
    "Share on Facebook | Share on X | Email this story",
    "Tractors lined up along the waterfront in Cardiff Bay. Image: WWTV",
    "Related: Storm clean-up continues as insurers warn of rising claims",
    "Get our Politics Wales newsletter every Friday - sign up here",
    "More on this story",
    "Flood victims in Llandeilo still waiting for insurance payouts",
    "Who are the new faces in the Welsh Government?",
    "Copyright WWTV 2023. All rights reserved.",
])

# 11 -- year-in-review feature, Published Friday, December 31, 1999
A("11_jakarta_year_review", "1999-12-31", [
    E("party_congress", "held its founding congress in Surabaya in February", "1999-02", actors=["Archipelago Fishers' Party"], loc="Surabaya", dt="in February"),
    E("election_or_appointment", "elected Haji Darmawan Sitompul", "1999-02", actors=["Haji Darmawan Sitompul"], dt="at the February congress"),
    E("protest", "marched to the fisheries directorate", "1999-04", actors=["fishermen"], loc="Jakarta", dt="in April"),
    E("vote_or_referendum", "On election day, June 7", "1999-06-07", dt="June 7"),
    E("election_or_appointment", "was sworn in as a member of the House of Representatives on 1 October", "1999-10-01", actors=["Ratna Widyaningsih"], dt="on 1 October"),
    E("arrest_or_detention", "police detained Sitompul for questioning", "1999-08", actors=["police", "Sitompul"], dt="in August"),
    E("speech_or_statement", "In a speech to fishermen in Tegal in September", "1999-09", actors=["Sitompul"], loc="Tegal", dt="in September"),
    E("protest", "The hunger strike he threatened", "1999-09", status=(NEG,), alts=[NODATE], actors=["Sitompul"], dt="threatened the same month (September)"),
    E("legislative_session", "general session in October", "1999-10", loose=True, actors=["People's Consultative Assembly"], dt="in October"),
    E("election_or_appointment", "the country chose a new head of state", "1999-10", loose=True, req=False, alt_types=["vote_or_referendum"]),
    E("dismissal_or_resignation", "Sitompul resigned as chairman in November", "1999-11", actors=["Sitompul"], dt="in November"),
    E("summit_or_meeting", "In early December, Widyaningsih met", "1999-12-01", "1999-12-10", loose=True, actors=["Ratna Widyaningsih", "minister for maritime exploration"], dt="in early December"),
    E("party_meeting", "The central board met last week in Semarang", "1999-12-20", "1999-12-26", loose=True, actors=["central board"], loc="Semarang", dt="last week"),
    E("party_congress", "convene an extraordinary congress in March", "2000-03", status=(PLN,), actors=["Archipelago Fishers' Party"], dt="in March (next year)"),
])

# 12 -- opinion column with dateline, NAIROBI, Sunday, February 8, 2026
A("12_nairobi_column", "2026-02-08", [
    E("protest", "Thousands of teachers marched on Parliament Road last Tuesday", "2026-02-03", actors=["teachers"], loc="Nairobi", dt="last Tuesday"),
    E("arrest_or_detention", "police had detained nine union officials", "2026-02-03", actors=["police", "union officials"], dt="by the afternoon (of the march)"),
    E("speech_or_statement", "in a speech in Nakuru", "2026-02-02", actors=["President"], loc="Nakuru", dt="on Monday"),
    E("protest", "celebrated a by-election victory with a rally", "2026-01-31", req=False, alt_types=["party_meeting"], dt="two days earlier (than Monday)", notes="party rally, not a protest in the narrow sense"),
    E("attack", "threw a petrol bomb at the union's regional office in Kisumu", "2026-02-06", loc="Kisumu", dt="on Friday night"),
    E("arrest_or_detention", "nobody has been arrested", status=(NEG,), req=False),
    E("vote_or_referendum", "MPs will vote on the Supplementary Appropriation Bill on Thursday", "2026-02-12", status=(PLN,), actors=["National Assembly"], dt="on Thursday"),
    E("summit_or_meeting", "Talks between the Treasury and the teachers' union", "2026-02-11", status=(PLN,), actors=["Treasury", "teachers' union"], dt="scheduled for Wednesday"),
    E("summit_or_meeting", "The last round, set for January 20", "2026-01-20", status=(NEG,), alts=[NODATE], dt="set for January 20 ... called off"),
    E("dismissal_or_resignation", "Its secretary-general resigned last month", "2026-01", actors=["union secretary-general"], dt="last month"),
    E("agreement", "The pact that the two main opposition parties signed in December", "2025-12", actors=["opposition parties"], dt="in December"),
    E("party_meeting", "National Executive Committee meeting promised for January never took place", "2026-01", status=(NEG,), alts=[NODATE], actors=["opposition parties' joint NEC"], dt="promised for January"),
    E("vote_or_referendum", "floated the idea of a referendum", status=(HYP,), notes="hypothetical, undated"),
    E("vote_or_referendum", "the general election due in August 2027", "2027-08", status=(PLN, EXP), dt="in August 2027"),
], forbidden=[
    "Wanjiru Kamau-Otieno is a former secondary school principal and writes on education and public finance.",
    "Follow Opinion on social media and send letters to the editor via our website.",
])

if __name__ == "__main__":
    out = HERE / "gold.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in ARTICLES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(a["events"]) for a in ARTICLES)
    r = sum(e["required"] for a in ARTICLES for e in a["events"])
    print(f"wrote {out}: {len(ARTICLES)} articles, {n} events, {r} required")
