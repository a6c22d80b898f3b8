#!/usr/bin/env python3
"""Hand-typed gold annotations for the test5 set; writes gold.jsonl next to this file."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def alt_norm(a):
    """An alternative is "YYYY[-MM[-DD]]" or [start, end]; a one-element list becomes a string."""
    if isinstance(a, (list, tuple)):
        return a[0] if len(a) == 1 else [a[0], a[1]]
    return a


def E(type, trigger, ds=None, de=None, status=("occurred",), req=True, alt=(), alts=(),
      loose=False, actors=(), location=None, date_text=None, notes=""):
    return {"type": type, "alt_types": list(alt), "trigger": trigger, "date_start": ds,
            "date_end": de, "date_alternatives": [alt_norm(a) for a in alts],
            "date_loose": loose, "status": list(status), "actors": list(actors), "location": location,
            "required": req, "date_text": date_text, "notes": notes}


OCC, PLAN, ONG, NEG, HYP = ("occurred",), ("planned", "expected"), ("ongoing", "occurred"), ("negated",), ("hypothetical",)

GOLD = []


def A(article_id, published, events, forbidden=(), inferred=None):
    rec = {"article_id": article_id, "published": published}
    if inferred:
        rec["published_inferred_range"] = list(inferred)
    rec["events"] = events
    rec["forbidden"] = list(forbidden)
    GOLD.append(rec)


# 01 - Balkan wire, Friday 14 March 1997
A("01_skopje_wire", "1997-03-14T16:20", [
    E("party_meeting", "presidium of the opposition Democratic Union for Renewal (DUR) met", "1997-03-13",
      actors=["Democratic Union for Renewal"], location="Skopje", date_text="on Thursday"),
    E("vote_or_referendum", "municipal by-elections called for next month", "1997-04", status=PLAN,
      date_text="next month"),
    E("plenary_meeting", "two-day session of the party's central committee", "1997-03-08", "1997-03-09",
      alt=["party_meeting"], actors=["DUR central committee"], date_text="two-day ... ended on Sunday"),
    E("vote_or_referendum", "voted to expel three former deputies", "1997-03-08", "1997-03-09", req=False,
      loose=True, notes="intra-party vote during the session"),
    E("protest", "hold a rally in front of the Assembly building on March 22", "1997-03-22", status=PLAN,
      location="Skopje", date_text="on March 22"),
    E("speech_or_statement", "issued a statement on Wednesday", "1997-03-12", actors=["Vesna Trajkovska"],
      date_text="on Wednesday", notes="includes the warning about public funding"),
    E("vote_or_referendum", "passed the controversial local government law", "1997-02-28",
      alts=[["1997-02-24", "1997-03-02"]], actors=["Assembly"], date_text="two weeks after (before publication)"),
    E("protest", "leaving the chamber before the ballot", "1997-02-28", req=False,
      alts=[["1997-02-24", "1997-03-02"]], notes="walkout; protest reading optional"),
    E("summit_or_meeting", "travel to Athens next week for talks", "1997-03-17", "1997-03-23", status=PLAN,
      location="Athens", date_text="next week"),
    E("protest", "farmers' blockade of the main highway near Gevgelija", None, req=False,
      notes="no date printed (implied February)"),
    E("arrest_or_detention", "detained four men", "1997-03-11", location="Tetovo", date_text="on Tuesday"),
    E("attack", "throwing an explosive device at a local office", "1997-03-08", "1997-03-09",
      location="Tetovo", date_text="last weekend"),
    E("speech_or_statement", "expected to address supporters at the rally", "1997-03-22", status=PLAN,
      actors=["Branko Tasevski"], date_text="the rally -> March 22 (previous paragraphs)"),
    E("summit_or_meeting", "regular Monday session", "1997-03-17", status=NEG, req=False,
      notes="cabinet session will not discuss the matter; type fit is poor"),
    E("summit_or_meeting", "due to arrive in the country on April 2", "1997-04-02", status=PLAN, req=False,
      notes="OSCE observers' arrival"),
], forbidden=["(VPA) gp/mt 1620"])

# 02 - Caribbean newspaper, Saturday 22 August 2009
A("02_kingston_daily", "2009-08-22", [
    E("protest", "walked out of Gordon House on Tuesday", "2009-08-18", req=False, notes="walkout"),
    E("legislative_session", "House of Representatives opened debate", "2009-08-18", location="Kingston",
      date_text="on Tuesday"),
    E("vote_or_referendum", "put to a vote before the end of September", "2009-08-22", "2009-09-30",
      loose=True, status=PLAN, date_text="before the end of September"),
    E("legislative_session", "The sitting, which stretched past midnight", "2009-08-18", req=False,
      alts=[["2009-08-18", "2009-08-19"]]),
    E("speech_or_statement", "accused the Government of", "2009-08-18", alts=[["2009-08-18", "2009-08-19"]],
      date_text="during the Tuesday sitting (previous paragraph)"),
    E("protest", "staged a peaceful march on Wednesday morning", "2009-08-19", location="Kingston"),
    E("protest", "another march was being organised for Montego Bay next Saturday", "2009-08-29", status=PLAN,
      location="Montego Bay", date_text="next Saturday (published on a Saturday)"),
    E("speech_or_statement", "radio address on Thursday night", "2009-08-20", actors=["Delroy Haughton-Pryce"]),
    E("attack", "Gunmen opened fire on a bus stop", "2009-08-09", date_text="on August 9"),
    E("attack", "police raid in Grants Pen three days later", "2009-08-12", date_text="three days later"),
    E("arrest_or_detention", "Four suspects were arrested in Portmore last weekend", "2009-08-15", "2009-08-16",
      location="Portmore", date_text="last weekend"),
    E("speech_or_statement", "announced on Friday", "2009-08-21", req=False),
    E("party_meeting", "National Executive Council would meet in Mandeville on September 6", "2009-09-06",
      status=PLAN, location="Mandeville"),
    E("election_or_appointment", "reopen the question of the party's deputy leadership", None, status=HYP, req=False),
    E("dismissal_or_resignation", "resigned in June", "2009-06", actors=["Winston Blagrove-Reid"]),
    E("summit_or_meeting", "met the Prime Minister at Vale Royal on Thursday", "2009-08-20",
      actors=["Beverley Anglin"]),
    E("speech_or_statement", "in a statement last month, warned", "2009-07", actors=["Kingston Merchants' Council"]),
    E("dismissal_or_resignation", "would consider resigning", None, status=HYP, req=False),
    E("legislative_session", "scheduled to resume sitting on Tuesday", "2009-08-25", status=PLAN),
], forbidden=["THE NORTHCOAST CHRONICLE | Saturday, August 22, 2009",
              "Letters on this story: letters@northcoastchronicle.example"])

# 03 - East African parliamentary reporter, Wednesday 3 December 2014 (03/12/2014, day first)
A("03_nairobi_house", "2014-12-03", [
    E("vote_or_referendum", "rejected a motion to censure", "2014-12-02", date_text="yesterday"),
    E("dismissal_or_resignation", "required the President to dismiss the Cabinet Secretary", None, status=HYP,
      req=False),
    E("speech_or_statement", "accused the Executive of arm-twisting", "2014-12-02",
      actors=["Mutua Kilonzo-Ngei"], date_text="during the debate (yesterday)"),
    E("speech_or_statement", "described the motion as", "2014-12-02", req=False),
    E("legislative_session", "heated afternoon in the chamber", "2014-12-02", req=False),
    E("legislative_session", "appeared before the Departmental Committee on Lands", "2014-12-01",
      alt=["summit_or_meeting"], date_text="a day after (before the vote)"),
    E("legislative_session", "when the House resumes after the Christmas recess in February", "2015-02",
      status=PLAN),
    E("dismissal_or_resignation", "suspended Nyandarua North MP Peter Gachoka", "2014-12-02", req=False,
      notes="suspension, not loss of office"),
    E("legislative_session", "last Thursday's sitting", "2014-11-27", date_text="last Thursday"),
    E("summit_or_meeting", "Parliamentary Service Commission met on Monday", "2014-12-01"),
    E("protest", "threatened a go-slow from January 5", "2015-01-05", status=("hypothetical", "planned", "expected"),
      date_text="from January 5", notes="conditional threat"),
    E("legislative_session", "special morning session", "2014-12-04", status=PLAN, date_text="Tomorrow"),
    E("protest", "held a sit-in on Monday afternoon", "2014-12-01", location="Nairobi"),
    E("arrest_or_detention", "Police arrested eleven of them", "2014-12-01",
      date_text="same Monday (previous sentence)"),
    E("legislative_session", "adjourned on Tuesday without transacting business", "2014-12-02",
      status=("occurred", "negated"), req=False),
    E("legislative_session", "next scheduled to sit on December 9", "2014-12-09", status=PLAN),
    E("speech_or_statement", "speaking to reporters at the Parliament canteen", None, req=False),
], forbidden=["Next week: how county assemblies are spending their ward development funds.",
              "By our Parliamentary Reporter, Wanjiru Kamau-Odhiambo"])

# 04 - South Asian TV website with furniture, 19 Feb 2019 21:41
A("04_lahore_tv", "2019-02-19T21:41", [
    E("protest", "nationwide protest campaign", None, status=PLAN, req=False),
    E("protest", "first public rally to be held at Minar-e-Pakistan on March 3", "2019-03-03", status=PLAN,
      location="Lahore"),
    E("party_meeting", "meeting of the alliance's steering committee", "2019-02-19", alt=["summit_or_meeting"],
      date_text="on Tuesday (previous paragraph)"),
    E("speech_or_statement", "Speaking to the media after the meeting", "2019-02-19",
      actors=["Chaudhry Nadeem Warraich"]),
    E("protest", "call a wheel-jam strike", None, status=HYP, notes="conditional; no date for the strike itself"),
    E("legislative_session", "The Punjab Assembly session, which began on Monday", "2019-02-18", "2019-02-19",
      status=ONG, alts=[["2019-02-18"], ["2019-02-19"]], loose=True),
    E("protest", "amid opposition protests over the arrest", "2019-02-19", req=False),
    E("arrest_or_detention", "taken into custody by the anti-corruption establishment", "2019-02-16",
      location="Multan", date_text="on Saturday"),
    E("speech_or_statement", "in a press conference later in the evening", "2019-02-19"),
    E("summit_or_meeting", "Federal Cabinet meeting scheduled for Wednesday", "2019-02-25", "2019-03-03",
      status=("planned", "expected", "negated"), req=False, alts=[["2019-02-20"]],
      notes="postponed from Wednesday to next week"),
    E("summit_or_meeting", "two-day official visit to Malaysia", "2019-02-20", "2019-02-21", status=PLAN,
      date_text="leave tomorrow, two-day"),
    E("agreement", "sign a memorandum of understanding on palm oil imports", "2019-02-20", "2019-02-21",
      status=PLAN, loose=True, date_text="during the visit"),
    E("party_meeting", "central executive committee is due to meet again in Islamabad on Friday", "2019-02-22",
      status=PLAN, alt=["summit_or_meeting"], location="Islamabad"),
    E("dismissal_or_resignation", "resigned from his post on Monday", "2019-02-18", actors=["Naveed Qureshi"]),
    E("election_or_appointment", "named Senator Rukhsana Bhatti as his replacement", "2019-02-18",
      date_text="the same evening"),
], forbidden=["ROSHAN NEWS | LIVE TV | Home > Pakistan > Politics",
              "Breaking: Three killed as bus overturns near Murree",
              "Ruling coalition wins confidence vote in Balochistan Assembly",
              "Parliamentary delegation to visit China next month",
              "Follow RNN on Facebook, Twitter and YouTube | Download our app",
              "Copyright 2019 Roshan News Network. All rights reserved."])

# 05 - Scandinavian public broadcaster, Thursday 27 Oct 2022
A("05_oslo_broadcaster", "2022-10-27T14:05", [
    E("summit_or_meeting", "walks out of talks", "2022-10-26", req=False, notes="headline"),
    E("summit_or_meeting", "Budget negotiations between the minority government", "2022-10-26",
      date_text="late on Wednesday night"),
    E("summit_or_meeting", "left the talks at the finance ministry", "2022-10-26", req=False),
    E("speech_or_statement", "she said on Thursday morning", "2022-10-27", req=False, notes="plain attribution"),
    E("legislative_session", "present its recommendation on November 25", "2022-11-25", status=PLAN, req=False),
    E("vote_or_referendum", "final vote on the budget is expected in the first week of December",
      "2022-12-01", "2022-12-07", loose=True, status=PLAN, alts=[["2022-12"], ["2022-11-28", "2022-12-04"],
                                                                  ["2022-12-05", "2022-12-11"]]),
    E("summit_or_meeting", "no new meeting has been scheduled", None, status=NEG, req=False),
    E("vote_or_referendum", "survived a motion of no confidence", "2022-10-20",
      alts=[["2022-10-17", "2022-10-23"]], date_text="a week after"),
    E("party_meeting", "extraordinary national board meeting in Trondheim on Saturday", "2022-10-29",
      status=PLAN, location="Trondheim"),
    E("protest", "demonstrated outside the county hall on Tuesday", "2022-10-25", location="Bodø"),
    E("protest", "similar protest is planned in Tromsø next month", "2022-11", status=PLAN, location="Tromsø"),
    E("dismissal_or_resignation", "announced his resignation on Monday", "2022-10-24", actors=["Arne Kolstad"]),
    E("election_or_appointment", "elect a successor at an extraordinary meeting on November 3", "2022-11-03",
      status=PLAN),
    E("summit_or_meeting", "Nordic defence ministers meet", "2022-10-27", "2022-10-28", req=False,
      status=ONG, notes="subheading"),
    E("summit_or_meeting", "hosting Nordic counterparts in Oslo today and tomorrow", "2022-10-27", "2022-10-28",
      status=("ongoing", "planned", "occurred"), location="Oslo"),
    E("military_exercise", "joint exercise Nordic Resolve", "2023-03", status=PLAN, location="Finnmark"),
    E("agreement", "not expected to sign any new agreement", "2022-10-27", "2022-10-28", status=NEG,
      loose=True, date_text="at the meeting (today and tomorrow)"),
], forbidden=["NBK English - News in English from Norway's public broadcaster",
              "Climate activists block entrance to oil ministry for third day",
              "Quiz: How well do you know Norwegian?"])

# 06 - Andean weekend analysis, Sunday 17.04.2005
A("06_lapaz_weekend", "2005-04-17", [
    E("protest", "blocked the highway to the airport", "2005-04-11", status=("occurred", "ongoing"),
      location="El Alto", date_text="On Monday"),
    E("speech_or_statement", "went on national television to appeal for calm", "2005-04-12",
      date_text="On Tuesday evening"),
    E("legislative_session", "Congress met in an emergency session that ran until dawn", "2005-04-13",
      alts=[["2005-04-13", "2005-04-14"]], date_text="The following day (after Tuesday)"),
    E("vote_or_referendum", "blocked the vote by denying a quorum", "2005-04-13", status=NEG,
      alts=[["2005-04-13", "2005-04-14"]]),
    E("dismissal_or_resignation", "Villarroel Suárez stepped down", "2005-04-14", date_text="on Thursday"),
    E("election_or_appointment", "sworn in as acting minister two hours later", "2005-04-14"),
    E("party_congress", "joint congress in Cochabamba at the end of the month", "2005-04-21", "2005-04-30",
      loose=True, status=PLAN, location="Cochabamba"),
    E("vote_or_referendum", "referendum on the gas contracts in August", "2005-08", status=HYP),
    E("vote_or_referendum", "early elections", None, status=HYP, req=False),
    E("protest", "called a general strike for Tuesday", "2005-04-19", status=PLAN),
    E("summit_or_meeting", "arrived in La Paz yesterday for talks", "2005-04-16", status=("occurred", "ongoing"),
      location="La Paz"),
    E("military_parade", "planned military parade in Oruro", None, status=NEG, location="Oruro",
      notes="cancelled on Friday; the parade's own date is not given"),
], forbidden=["EL ALTIPLANO DIARIO - English Weekend Edition"])

# 07 - North African agency, dateline without year -> Monday 12 November 2012
A("07_rabat_agency", None, [
    E("legislative_session", "opened its debate on the draft finance law", "2012-11-12", status=ONG,
      date_text="on Monday (dateline day)"),
    E("speech_or_statement", "Presenting the draft, the minister", "2012-11-12", req=False),
    E("vote_or_referendum", "deputies will vote on the first part of the bill", "2012-11-15", status=PLAN,
      date_text="until Thursday, when"),
    E("legislative_session", "is due to begin its examination of the text early next month", "2012-12-01",
      "2012-12-10", loose=True, status=PLAN, alts=[["2012-12"]]),
    E("vote_or_referendum", "adoption of the new Constitution by referendum on July 1, 2011", "2011-07-01"),
    E("vote_or_referendum", "legislative elections held in November of that year", "2011-11"),
    E("plenary_meeting", "held an extraordinary session in Rabat on Saturday and Sunday", "2012-11-10",
      "2012-11-11", alt=["party_meeting"], actors=["PRE National Council"]),
    E("election_or_appointment", "elected Mr. Abdelkrim Benslimane", "2012-11-10", "2012-11-11",
      loose=True, alts=[["2012-11-10"], ["2012-11-11"]]),
    E("dismissal_or_resignation", "stepped down last month for health reasons", "2012-10",
      actors=["Driss Lahlou"]),
    E("speech_or_statement", "In his opening address to the Council", "2012-11-10",
      alts=[["2012-11-10", "2012-11-11"]], date_text="opening of the Saturday-Sunday session"),
    E("party_congress", "hold its national congress in the spring", "2013-03", "2013-06", loose=True,
      status=PLAN, date_text="in the spring (next year)"),
    E("summit_or_meeting", "held talks in Rabat on Sunday with his Senegalese counterpart", "2012-11-11"),
    E("summit_or_meeting", "three-day working visit to the Kingdom that ended today", "2012-11-10",
      "2012-11-12"),
    E("agreement", "signed an agreement on the mutual recognition of driving licences", "2012-11-10",
      "2012-11-12", loose=True, date_text="during the visit"),
    E("summit_or_meeting", "convene the joint commission in Dakar in January", "2013-01", status=PLAN,
      location="Dakar"),
    E("summit_or_meeting", "received on Friday a delegation from the European Parliament", "2012-11-09"),
    E("arrest_or_detention", "arrested on Saturday a network of five individuals", "2012-11-10",
      location="Casablanca"),
    E("speech_or_statement", "issued a warning of heavy rain", None, req=False),
    E("disaster", "heavy rain and strong winds for the northern regions from Wednesday", "2012-11-14",
      status=PLAN, req=False),
    E("disaster", "a week after floods in the Gharb plain", "2012-11-07", alts=[["2012-11-05"]],
      date_text="a week before Wednesday (or before publication)"),
    E("military_exercise", "joint naval exercise with the French navy", "2012-12", status=PLAN),
], forbidden=[], inferred=("2012-11-12", "2012-11-13"))

# 08 - Pacific islands news service, 8 June 2011
A("08_pacific_service", "2011-06-08T10:31", [
    E("legislative_session", "Legislative Assembly resumes on Thursday", "2011-06-09", status=PLAN,
      location="Nuku'alofa"),
    E("protest", "will boycott the sitting", "2011-06-09", status=HYP, req=False),
    E("vote_or_referendum", "approved by Cabinet in mid-May", "2011-05-11", "2011-05-20", loose=True, req=False),
    E("summit_or_meeting", "meet town officers on Tongatapu", None, status=PLAN,
      notes="a date has not been set"),
    E("vote_or_referendum", "November 2010 general election", "2010-11"),
    E("vote_or_referendum", "A motion of no confidence is not yet on the table", None, status=("hypothetical", "negated"),
      req=False),
    E("legislative_session", "budget is debated in late June", "2011-06-21", "2011-06-30", loose=True,
      status=PLAN),
    E("disaster", "late-season storm damaged more than 200 homes at the weekend", "2011-06-04", "2011-06-05",
      location="Vava'u"),
    E("speech_or_statement", "expected to announce further assistance later this week", "2011-06-08",
      "2011-06-12", loose=True, status=PLAN, req=False),
    E("summit_or_meeting", "trade ministers will meet in Apia on June 20 and 21", "2011-06-20", "2011-06-21",
      status=PLAN, location="Apia"),
    E("agreement", "draft regional trade and economic agreement", None, status=HYP, req=False),
    E("arrest_or_detention", "police arrested two men on Sunday night", "2011-06-05", location="Honiara"),
    E("attack", "petrol bomb was thrown at the house", "2011-06-05", alts=[["2011-06-04", "2011-06-05"]],
      location="Honiara", notes="date inferred from 'arrested on Sunday night after'"),
    E("protest", "marched to Parliament House on Tuesday", "2011-06-07", location="Port Moresby"),
], forbidden=["PACIFIC ISLANDS RADIO SERVICE - Regional News",
              "Listen to Pacific Islands Radio Service on shortwave and online."])

# 09 - Gulf ministry statement, Thursday 23 November 2017
A("09_muscat_ministry", "2017-11-23", [
    E("summit_or_meeting", "concluded today an official visit to the Republic of India", "2017-11-20",
      "2017-11-23", date_text="began on Monday, concluded today"),
    E("summit_or_meeting", "held talks with the Minister of External Affairs in New Delhi on Tuesday",
      "2017-11-21", location="New Delhi"),
    E("agreement", "put their signatures to a memorandum of understanding covering ports", "2017-11-20", "2017-11-23",
      loose=True, date_text="during the visit"),
    E("agreement", "exchanged letters on the establishment of a joint business council", "2017-11-20",
      "2017-11-23", loose=True, req=False),
    E("summit_or_meeting", "hold its first meeting in Muscat in the first quarter of next year", "2018-01",
      "2018-03", loose=True, status=PLAN, location="Muscat"),
    E("summit_or_meeting", "received on Wednesday by the Vice President", "2017-11-22"),
    E("summit_or_meeting", "Joint Commission will be convened in Muscat on 10 and 11 January 2018",
      "2018-01-10", "2018-01-11", status=PLAN, location="Muscat"),
    E("attack", "missile attack which targeted a civilian area on Sunday evening", "2017-11-19"),
    E("speech_or_statement", "expresses the deep concern of the Sultanate", "2017-11-23", req=False),
    E("agreement", "agreement reached last week between the parties", "2017-11-13", "2017-11-19",
      date_text="last week"),
    E("summit_or_meeting", "host meetings between the Yemeni parties whenever requested", None, status=HYP,
      req=False),
    E("summit_or_meeting", "as it did in Muscat in the month of October", "2017-10", location="Muscat"),
    E("summit_or_meeting", "to be held in The Hague next week", "2017-11-27", "2017-12-03", status=PLAN,
      location="The Hague"),
], forbidden=["MINISTRY OF FOREIGN AFFAIRS - SULTANATE OF OMAN",
              "For media enquiries: media@mofa-statement.example"])

# 10 - Central European weekly, 8 October 1992 (a Thursday)
A("10_budapest_weekly", "1992-10-08", [
    E("party_congress", "ended its fourth congress in Kecskemét on Sunday", "1992-10-04",
      alts=[["1992-10-03", "1992-10-04"], ["1992-10-02", "1992-10-04"]], location="Kecskemét",
      notes="only the closing day is printed"),
    E("election_or_appointment", "by electing a new chairman", "1992-10-04", actors=["Lajos Bérczes-Tóth"]),
    E("election_or_appointment", "defeated the incumbent", "1992-10-04", req=False),
    E("vote_or_referendum", "voting, by a large majority, to leave the governing coalition", "1992-10-04",
      req=False),
    E("dismissal_or_resignation", "give up his seat on the parliamentary faction's board", None, status=PLAN,
      actors=["Ferenc Udvardy"], notes="announced; no date for the resignation"),
    E("speech_or_statement", "combative acceptance speech", "1992-10-04",
      date_text="at the congress (Sunday, first paragraph)"),
    E("protest", "to the streets if necessary", None, status=HYP, req=False),
    E("protest", "tractor demonstration in front of Parliament for 23 October", "1992-10-23", status=PLAN,
      location="Budapest"),
    E("summit_or_meeting", "Coalition leaders met on Monday evening", "1992-10-05", alt=["party_meeting"]),
    E("summit_or_meeting", "further meeting is planned for after the parliamentary vote", None, status=PLAN,
      req=False),
    E("vote_or_referendum", "expected in the second half of November", "1992-11-16", "1992-11-30",
      loose=True, status=PLAN),
    E("party_meeting", "will decide its position at a closed session next Tuesday", "1992-10-13", status=PLAN,
      alt=["legislative_session"]),
    E("vote_or_referendum", "Slovak National Council on Friday approved a resolution", "1992-10-02",
      alt=["legislative_session"], location="Bratislava"),
    E("summit_or_meeting", "would resume in Brno next week", "1992-10-12", "1992-10-18", status=PLAN,
      location="Brno"),
    E("agreement", "agreed last month on joint patrols", "1992-09", alt=["summit_or_meeting"], location="Vienna"),
    E("legislative_session", "extraordinary sitting for 15 October", "1992-10-15", status=PLAN,
      location="Warsaw"),
    E("protest", "staged a one-day strike at three Silesian coal mines on Monday", "1992-10-05"),
], forbidden=["No. 41/1992 - 8 October 1992 - Price 60 Ft", "Readers' letters, page 14. Subscriptions: see page 2."])

# 11 - Budget-day live blog, Tuesday 6 October 2026
A("11_dublin_budget_liveblog", "2026-10-06T16:48", [
    E("legislative_session", "continue its debate on the budget statement tomorrow morning", "2026-10-07",
      status=PLAN),
    E("speech_or_statement", "her response in the chamber", "2026-10-06", actors=["Sinéad Halloran-Keogh"]),
    E("vote_or_referendum", "table a no-confidence motion against the finance minister", None, status=HYP,
      notes="conditional on next year's targets; no date"),
    E("protest", "protesters from the Renters' Action Network are gathered", "2026-10-06", status=ONG,
      location="Leinster House"),
    E("protest", "larger march organised by student unions is planned for Saturday afternoon", "2026-10-10",
      status=PLAN),
    E("speech_or_statement", "deliver the budget speech", "2026-10-06", date_text="13:00 today"),
    E("speech_or_statement", "minister for public expenditure is now on his feet", "2026-10-06", status=ONG),
    E("summit_or_meeting", "signed off by Cabinet at a special meeting at 08:30 this morning", "2026-10-06"),
    E("summit_or_meeting", "coalition leaders met late last night", "2026-10-05", alts=[["2026-10-05", "2026-10-06"]]),
    E("agreement", "pension reform agreed with the social partners in June", "2026-06"),
    E("speech_or_statement", "The Ceann Comhairle has called the finance minister", "2026-10-06", req=False),
    E("legislative_session", "the Dáil sitting began at 12:00", "2026-10-06", status=ONG),
    E("legislative_session", "budget debate itself will run until Thursday", "2026-10-06", "2026-10-08",
      status=("ongoing", "planned"), req=False),
    E("vote_or_referendum", "vote on the financial resolutions expected tonight", "2026-10-06", status=PLAN),
    E("summit_or_meeting", "trade visit to Boston that began on Sunday", "2026-10-04", "2026-10-09",
      status=ONG, location="Boston", date_text="began on Sunday and returns on Friday"),
    E("speech_or_statement", "will not be attending the speech", "2026-10-06", status=NEG, req=False),
], forbidden=["Sign up to our Budget newsletter | Share this live blog | Comments are closed on this post",
              "The Liffey Ledger - Live"])

# 12 - Court reporter, Thursday 19 July 2001
A("12_manila_court", "2001-07-19", [
    E("attack", "ordering the ambush that killed a provincial board member", "2000-03",
      date_text="in March last year"),
    E("arrest_or_detention", "since his arrest in Pampanga on January 12", "2001-01-12", location="Pampanga"),
    E("dismissal_or_resignation", "removed from office by the Office of the Ombudsman in November 1999", "1999-11"),
    E("vote_or_referendum", "ran for governor in the May 14 elections this year", "2001-05-14"),
    E("arrest_or_detention", "ordered the arrest of seven officials", "2001-07-17",
      status=("planned", "expected", "occurred"), req=False, notes="arrest ordered, not yet made"),
    E("protest", "two-day jeepney strike last week", "2001-07-09", "2001-07-15", loose=True, location="Manila"),
    E("arrest_or_detention", "surrender voluntarily on Monday", "2001-07-23", status=PLAN, req=False),
    E("speech_or_statement", "accused him of protecting smuggling syndicates", None, req=False),
    E("attack", "grenade attack on a polling centre in May", "2001-05", location="Lanao del Sur"),
    E("vote_or_referendum", "forced a special election in two towns", None, req=False),
    E("election_or_appointment", "elected councilor Dionisio Abarquez as vice mayor", "2001-07-16",
      location="Cebu"),
    E("dismissal_or_resignation", "resignation last month of Vice Mayor Teodulo Pacaña", "2001-06",
      location="Cebu"),
], forbidden=["METRO COURTS"])

if __name__ == "__main__":
    out = HERE / "gold.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in GOLD:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["events"]) for r in GOLD)
    req = sum(e["required"] for r in GOLD for e in r["events"])
    print(f"wrote {out}: {len(GOLD)} articles, {n} events, {req} required")
