"""Generate a large, reproducible news-like corpus (JSON Lines) for throughput and memory benchmarks.

    python benchmarks/corpus.py --mb 200 -o /tmp/corpus-200.jsonl [--seed 1]

Writes one article a line, {"id", "published", "outlet", "title", "url", "text"}, until the file
holds at least the requested number of MiB, then prints the article count, the size and the time
taken.  The same seed and size give a byte-identical file: every choice comes from one
random.Random(seed), never from the global generator or the clock.  Articles are streamed to the
file, so memory stays small for any size.

The text is written from the templates and vocabularies below: about 40 countries with real heads
of state and government (by period) and invented minor officials, parties, unions and NGOs;
fictional outlets with their own styles (wire dateline, newspaper byline, state media, web page
with boilerplate); event sentences of every eventx type in several statuses (occurred, ongoing,
planned or expected, negated, hypothetical) with varied temporal expressions, and about as much
non-event filler (economy, background, quotes, sports, weather).  Some stories are reported again
by another outlet a few days later, so cross-article linking has work to do.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MIB = 1 << 20
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2025, 6, 30)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
            "11th", "12th", "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th"]

# ---------------------------------------------------------------------------------------------
# People: invented names by naming tradition ("family" marks family-name-first traditions)
# ---------------------------------------------------------------------------------------------
NAMES: dict[str, tuple[list[str], list[str], bool]] = {
    "korean": (["Min-ho", "Ji-won", "Sung-jae", "Hye-jin", "Dong-hyun", "Eun-ji", "Jae-sung", "Yoon-ah"],
               ["Kim", "Park", "Lee", "Choi", "Jung", "Han", "Kang", "Yoon"], True),
    "dprk": (["Yong Chol", "Chol Su", "Kwang Ho", "Myong Sik", "Song Nam", "Jong Hyok", "Thae Song"],
             ["Ri", "Kim", "Pak", "Choe", "Jo", "Kang", "Ryu"], True),
    "chinese": (["Wei", "Jianguo", "Lihua", "Xiaoming", "Haitao", "Yuqing", "Zhenhua", "Meiling"],
                ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Sun"], True),
    "japanese": (["Hiroshi", "Kenji", "Yuko", "Takeshi", "Naomi", "Satoshi", "Akiko", "Daisuke"],
                 ["Tanaka", "Suzuki", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Sato"], False),
    "vietnamese": (["Van Hung", "Thi Lan", "Minh Tuan", "Duc Anh", "Thanh Hai", "Quoc Bao"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"], True),
    "russian": (["Alexei", "Dmitry", "Irina", "Sergei", "Olga", "Nikolai", "Yelena", "Pavel"],
                ["Volkov", "Sokolov", "Morozov", "Kuznetsov", "Orlov", "Belov", "Zaitsev", "Golubev"], False),
    "ukrainian": (["Oleksandr", "Iryna", "Taras", "Mykola", "Oksana", "Bohdan"],
                  ["Shevchuk", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Hnatiuk"], False),
    "polish": (["Tomasz", "Agnieszka", "Piotr", "Katarzyna", "Marek", "Joanna"],
               ["Kowalski", "Nowak", "Wisniewski", "Kral", "Zielinski", "Mazur"], False),
    "german": (["Jens", "Katrin", "Matthias", "Sabine", "Felix", "Ute", "Henrik", "Anke"],
               ["Becker", "Hoffmann", "Schulz", "Krause", "Lehmann", "Vogel", "Brandt", "Richter"], False),
    "french": (["Julien", "Claire", "Mathieu", "Sophie", "Olivier", "Camille", "Thierry", "Aurelie"],
               ["Lefebvre", "Moreau", "Garnier", "Rousseau", "Lambert", "Fontaine", "Chevalier", "Dubois"], False),
    "english": (["James", "Sarah", "Michael", "Emily", "David", "Rachel", "Thomas", "Helen"],
                ["Carter", "Whitfield", "Morgan", "Hughes", "Bennett", "Fletcher", "Dawson", "Pryce"], False),
    "spanish": (["Alejandro", "Lucia", "Javier", "Carmen", "Diego", "Valentina", "Rafael", "Paula"],
                ["Herrera", "Castillo", "Mendoza", "Ortega", "Salazar", "Rojas", "Navarro", "Ibarra"], False),
    "portuguese": (["Joao", "Mariana", "Rafael", "Beatriz", "Thiago", "Fernanda"],
                   ["Almeida", "Carvalho", "Ribeiro", "Moura", "Teixeira", "Barbosa"], False),
    "italian": (["Marco", "Giulia", "Luca", "Francesca", "Stefano", "Chiara"],
                ["Rossi", "Bianchi", "Ferrara", "Galli", "Marchetti", "Conti"], False),
    "turkish": (["Mehmet", "Ayse", "Emre", "Zeynep", "Burak", "Elif"],
                ["Yilmaz", "Kaya", "Demir", "Sahin", "Ozturk", "Aydin"], False),
    "persian": (["Reza", "Maryam", "Ali", "Fatemeh", "Hossein", "Nasrin"],
                ["Karimi", "Hosseini", "Rahimi", "Moradi", "Jafari", "Sadeghi"], False),
    "arabic": (["Ahmed", "Mona", "Khaled", "Layla", "Omar", "Nour", "Tarek", "Hana"],
               ["Hassan", "Mansour", "Saleh", "Farouk", "Nasser", "Haddad", "Ibrahim", "Khalil"], False),
    "hebrew": (["Yossi", "Tamar", "Avi", "Noa", "Eitan", "Michal"],
               ["Levi", "Cohen", "Mizrahi", "Peretz", "Biton", "Friedman"], False),
    "indian": (["Rajesh", "Priya", "Anil", "Sunita", "Vikram", "Meena", "Arjun", "Kavita"],
               ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Menon"], False),
    "pakistani": (["Imran", "Ayesha", "Bilal", "Sana", "Farhan", "Nadia"],
                  ["Qureshi", "Malik", "Chaudhry", "Butt", "Siddiqui", "Awan"], False),
    "bengali": (["Rahim", "Nusrat", "Tanvir", "Farzana", "Sabbir", "Shirin"],
                ["Hossain", "Rahman", "Chowdhury", "Islam", "Akter", "Mia"], False),
    "malay": (["Ahmad", "Siti", "Hafiz", "Nurul", "Rizal", "Dewi", "Budi", "Aisyah"],
              ["Santoso", "Wibowo", "Hidayat", "Rahman", "Ismail", "Setiawan", "Yusof", "Halim"], False),
    "thai": (["Somchai", "Suda", "Anan", "Ratana", "Prasert", "Malee"],
             ["Srisuk", "Chaiyaporn", "Wongsa", "Kittikun", "Boonmee", "Thongchai"], False),
    "filipino": (["Jose", "Maria", "Ramon", "Liza", "Antonio", "Grace"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Mercado"], False),
    "west_african": (["Chinedu", "Ngozi", "Babatunde", "Amina", "Emeka", "Funmilayo"],
                     ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Abubakar"], False),
    "east_african": (["Wanjiru", "Otieno", "Amani", "Kiprop", "Tigist", "Dawit"],
                     ["Mwangi", "Ochieng", "Kamau", "Wanjala", "Bekele", "Tesfaye"], False),
    "southern_african": (["Thabo", "Nomvula", "Sipho", "Lerato", "Mandla", "Zanele"],
                         ["Dlamini", "Nkosi", "Mokoena", "Khumalo", "Ndlovu", "Mahlangu"], False),
    "greek": (["Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia"],
              ["Papadopoulos", "Georgiou", "Nikolaidis", "Vlachou", "Karras", "Antoniou"], False),
    "dutch": (["Pieter", "Anouk", "Joost", "Femke", "Bram", "Sanne"],
              ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"], False),
    "nordic": (["Erik", "Ingrid", "Lars", "Astrid", "Johan", "Karin"],
               ["Lindqvist", "Berg", "Holm", "Nyberg", "Sandberg", "Ek"], False),
    "taiwanese": (["Chih-wei", "Mei-hua", "Kuo-liang", "Shu-fen", "Chun-hsien", "Ya-ting"],
                  ["Lin", "Chen", "Huang", "Tsai", "Hsu", "Cheng"], True),
}

# ---------------------------------------------------------------------------------------------
# Countries: real office holders by start month ("YYYY-MM", name[, title]); None where not named
# ---------------------------------------------------------------------------------------------
Holders = list[tuple[str, ...]]


def _country(name: str, adj: str, capital: str, cities: list[str], names: str, *, head: tuple[str, Holders] | None,
             gov: tuple[str, Holders] | None = None, fm: tuple[str, Holders] | None = None,
             body: str = "parliament", party: str | None = None, army: str | None = None,
             sea: str | None = None) -> dict[str, Any]:
    """One country record of the vocabulary."""
    return {"name": name, "adj": adj, "capital": capital, "cities": cities, "names": names, "head": head,
            "gov": gov, "fm": fm, "body": body, "party": party, "army": army or f"the {adj} army",
            "sea": sea}


COUNTRIES: list[dict[str, Any]] = [
    _country("the United States", "US", "Washington", ["New York", "Chicago", "Los Angeles", "Houston", "Atlanta"],
             "english", head=("President", [("2015-01", "Barack Obama"), ("2017-01", "Donald Trump"),
                                            ("2021-01", "Joe Biden"), ("2025-01", "Donald Trump")]),
             fm=("Secretary of State", [("2015-01", "John Kerry"), ("2017-02", "Rex Tillerson"),
                                        ("2018-04", "Mike Pompeo"), ("2021-01", "Antony Blinken"),
                                        ("2025-01", "Marco Rubio")]),
             body="Congress", army="the US military", sea="the Pacific"),
    _country("China", "Chinese", "Beijing", ["Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu"], "chinese",
             head=("President", [("2015-01", "Xi Jinping")]),
             gov=("Premier", [("2015-01", "Li Keqiang"), ("2023-03", "Li Qiang")]),
             fm=("Foreign Minister", [("2015-01", "Wang Yi"), ("2022-12", "Qin Gang"), ("2023-07", "Wang Yi")]),
             body="National People's Congress", party="Communist Party of China",
             army="the People's Liberation Army", sea="the South China Sea"),
    _country("Russia", "Russian", "Moscow", ["St Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg"], "russian",
             head=("President", [("2015-01", "Vladimir Putin")]),
             gov=("Prime Minister", [("2015-01", "Dmitry Medvedev"), ("2020-01", "Mikhail Mishustin")]),
             fm=("Foreign Minister", [("2015-01", "Sergei Lavrov")]),
             body="State Duma", army="the Russian armed forces", sea="the Barents Sea"),
    _country("North Korea", "North Korean", "Pyongyang", ["Wonsan", "Hamhung", "Sinuiju", "Kaesong"], "dprk",
             head=("leader", [("2015-01", "Kim Jong Un")]),
             fm=("Foreign Minister", [("2015-01", "Ri Su Yong"), ("2016-05", "Ri Yong Ho"),
                                      ("2020-01", "Ri Son Gwon"), ("2022-06", "Choe Son Hui")]),
             body="Supreme People's Assembly", party="Workers' Party of Korea",
             army="the Korean People's Army", sea="the East Sea"),
    _country("South Korea", "South Korean", "Seoul", ["Busan", "Incheon", "Daegu", "Gwangju", "Daejeon"], "korean",
             head=("President", [("2015-01", "Park Geun-hye"), ("2017-05", "Moon Jae-in"),
                                 ("2022-05", "Yoon Suk Yeol"), ("2025-06", "Lee Jae-myung")]),
             fm=("Foreign Minister", [("2015-01", "Yun Byung-se"), ("2017-06", "Kang Kyung-wha"),
                                      ("2021-02", "Chung Eui-yong"), ("2022-05", "Park Jin"),
                                      ("2024-01", "Cho Tae-yul")]),
             body="National Assembly", sea="the Yellow Sea"),
    _country("Japan", "Japanese", "Tokyo", ["Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo"], "japanese",
             head=None,
             gov=("Prime Minister", [("2015-01", "Shinzo Abe"), ("2020-09", "Yoshihide Suga"),
                                     ("2021-10", "Fumio Kishida"), ("2024-10", "Shigeru Ishiba")]),
             fm=("Foreign Minister", [("2015-01", "Fumio Kishida"), ("2017-08", "Taro Kono"),
                                      ("2019-09", "Toshimitsu Motegi"), ("2021-11", "Yoshimasa Hayashi"),
                                      ("2023-09", "Yoko Kamikawa"), ("2024-10", "Takeshi Iwaya")]),
             body="Diet", army="the Self-Defense Forces", sea="the Sea of Japan"),
    _country("India", "Indian", "New Delhi", ["Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad"], "indian",
             head=("President", [("2015-01", "Pranab Mukherjee"), ("2017-07", "Ram Nath Kovind"),
                                 ("2022-07", "Droupadi Murmu")]),
             gov=("Prime Minister", [("2015-01", "Narendra Modi")]),
             fm=("External Affairs Minister", [("2015-01", "Sushma Swaraj"), ("2019-05", "S. Jaishankar")]),
             body="Lok Sabha", sea="the Bay of Bengal"),
    _country("France", "French", "Paris", ["Marseille", "Lyon", "Toulouse", "Lille", "Bordeaux"], "french",
             head=("President", [("2015-01", "François Hollande"), ("2017-05", "Emmanuel Macron")]),
             gov=("Prime Minister", [("2015-01", "Manuel Valls"), ("2016-12", "Bernard Cazeneuve"),
                                     ("2017-05", "Édouard Philippe"), ("2020-07", "Jean Castex"),
                                     ("2022-05", "Élisabeth Borne"), ("2024-01", "Gabriel Attal"),
                                     ("2024-09", "Michel Barnier"), ("2024-12", "François Bayrou")]),
             fm=("Foreign Minister", [("2015-01", "Laurent Fabius"), ("2016-02", "Jean-Marc Ayrault"),
                                      ("2017-05", "Jean-Yves Le Drian"), ("2022-05", "Catherine Colonna"),
                                      ("2024-01", "Stéphane Séjourné"), ("2024-09", "Jean-Noël Barrot")]),
             body="National Assembly", sea="the Mediterranean"),
    _country("Germany", "German", "Berlin", ["Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig"], "german",
             head=None,
             gov=("Chancellor", [("2015-01", "Angela Merkel"), ("2021-12", "Olaf Scholz"),
                                 ("2025-05", "Friedrich Merz")]),
             fm=("Foreign Minister", [("2015-01", "Frank-Walter Steinmeier"), ("2017-01", "Sigmar Gabriel"),
                                      ("2018-03", "Heiko Maas"), ("2021-12", "Annalena Baerbock"),
                                      ("2025-05", "Johann Wadephul")]),
             body="Bundestag", army="the Bundeswehr", sea="the Baltic Sea"),
    _country("the United Kingdom", "British", "London", ["Manchester", "Birmingham", "Glasgow", "Leeds", "Bristol"],
             "english", head=None,
             gov=("Prime Minister", [("2015-01", "David Cameron"), ("2016-07", "Theresa May"),
                                     ("2019-07", "Boris Johnson"), ("2022-09", "Liz Truss"),
                                     ("2022-10", "Rishi Sunak"), ("2024-07", "Keir Starmer")]),
             fm=("Foreign Secretary", [("2015-01", "Philip Hammond"), ("2016-07", "Boris Johnson"),
                                       ("2018-07", "Jeremy Hunt"), ("2019-07", "Dominic Raab"),
                                       ("2021-09", "Liz Truss"), ("2022-09", "James Cleverly"),
                                       ("2023-11", "David Cameron"), ("2024-07", "David Lammy")]),
             body="parliament", army="the British Army", sea="the North Sea"),
    _country("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Salvador", "Recife", "Manaus"],
             "portuguese",
             head=("President", [("2015-01", "Dilma Rousseff"), ("2016-05", "Michel Temer"),
                                 ("2019-01", "Jair Bolsonaro"), ("2023-01", "Luiz Inacio Lula da Silva")]),
             body="Congress", sea="the Atlantic"),
    _country("Turkey", "Turkish", "Ankara", ["Istanbul", "Izmir", "Bursa", "Antalya", "Gaziantep"], "turkish",
             head=("President", [("2015-01", "Recep Tayyip Erdogan")]),
             fm=("Foreign Minister", [("2015-01", "Mevlut Cavusoglu"), ("2023-06", "Hakan Fidan")]),
             body="parliament", sea="the Black Sea"),
    _country("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia"], "ukrainian",
             head=("President", [("2015-01", "Petro Poroshenko"), ("2019-05", "Volodymyr Zelensky")]),
             fm=("Foreign Minister", [("2015-01", "Pavlo Klimkin"), ("2020-03", "Dmytro Kuleba"),
                                      ("2024-09", "Andrii Sybiha")]),
             body="Rada", sea="the Black Sea"),
    _country("Iran", "Iranian", "Tehran", ["Isfahan", "Mashhad", "Tabriz", "Shiraz"], "persian",
             head=("Supreme Leader", [("2015-01", "Ali Khamenei")]),
             gov=("President", [("2015-01", "Hassan Rouhani"), ("2021-08", "Ebrahim Raisi"),
                                ("2024-07", "Masoud Pezeshkian")]),
             fm=("Foreign Minister", [("2015-01", "Mohammad Javad Zarif"), ("2021-08", "Hossein Amir-Abdollahian"),
                                      ("2024-08", "Abbas Araghchi")]),
             body="Majlis", army="the Revolutionary Guards", sea="the Gulf"),
    _country("Israel", "Israeli", "Jerusalem", ["Tel Aviv", "Haifa", "Beersheba", "Ashdod"], "hebrew",
             head=("President", [("2015-01", "Reuven Rivlin"), ("2021-07", "Isaac Herzog")]),
             gov=("Prime Minister", [("2015-01", "Benjamin Netanyahu"), ("2021-06", "Naftali Bennett"),
                                     ("2022-07", "Yair Lapid"), ("2022-12", "Benjamin Netanyahu")]),
             body="Knesset", army="the Israeli military", sea="the Mediterranean"),
    _country("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Puebla", "Tijuana"], "spanish",
             head=("President", [("2015-01", "Enrique Peña Nieto"), ("2018-12", "Andrés Manuel López Obrador"),
                                 ("2024-10", "Claudia Sheinbaum")]),
             body="Congress", sea="the Gulf of Mexico"),
    _country("Canada", "Canadian", "Ottawa", ["Toronto", "Montreal", "Vancouver", "Calgary"], "english",
             head=None,
             gov=("Prime Minister", [("2015-01", "Stephen Harper"), ("2015-11", "Justin Trudeau"),
                                     ("2025-03", "Mark Carney")]),
             body="parliament"),
    _country("Australia", "Australian", "Canberra", ["Sydney", "Melbourne", "Brisbane", "Perth"], "english",
             head=None,
             gov=("Prime Minister", [("2015-01", "Tony Abbott"), ("2015-09", "Malcolm Turnbull"),
                                     ("2018-08", "Scott Morrison"), ("2022-05", "Anthony Albanese")]),
             body="parliament", sea="the Coral Sea"),
    _country("Italy", "Italian", "Rome", ["Milan", "Naples", "Turin", "Florence", "Palermo"], "italian",
             head=("President", [("2015-02", "Sergio Mattarella")]),
             gov=("Prime Minister", [("2015-01", "Matteo Renzi"), ("2016-12", "Paolo Gentiloni"),
                                     ("2018-06", "Giuseppe Conte"), ("2021-02", "Mario Draghi"),
                                     ("2022-10", "Giorgia Meloni")]),
             body="parliament", sea="the Mediterranean"),
    _country("the Philippines", "Philippine", "Manila", ["Cebu", "Davao", "Quezon City", "Iloilo"], "filipino",
             head=("President", [("2015-01", "Benigno Aquino III"), ("2016-06", "Rodrigo Duterte"),
                                 ("2022-06", "Ferdinand Marcos Jr.")]),
             body="Congress", sea="the South China Sea"),
    _country("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Ibadan", "Port Harcourt"], "west_african",
             head=("President", [("2015-01", "Goodluck Jonathan"), ("2015-05", "Muhammadu Buhari"),
                                 ("2023-05", "Bola Tinubu")]),
             body="National Assembly"),
    _country("South Africa", "South African", "Pretoria", ["Johannesburg", "Cape Town", "Durban"], "southern_african",
             head=("President", [("2015-01", "Jacob Zuma"), ("2018-02", "Cyril Ramaphosa")]),
             body="National Assembly"),
    _country("Indonesia", "Indonesian", "Jakarta", ["Surabaya", "Bandung", "Medan", "Makassar"], "malay",
             head=("President", [("2015-01", "Joko Widodo"), ("2024-10", "Prabowo Subianto")]),
             body="House of Representatives", sea="the Java Sea"),
    _country("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta"], "pakistani",
             head=None,
             gov=("Prime Minister", [("2015-01", "Nawaz Sharif"), ("2017-08", "Shahid Khaqan Abbasi"),
                                     ("2018-08", "Imran Khan"), ("2022-04", "Shehbaz Sharif")]),
             body="National Assembly", sea="the Arabian Sea"),
    _country("Egypt", "Egyptian", "Cairo", ["Alexandria", "Giza", "Port Said", "Luxor"], "arabic",
             head=("President", [("2015-01", "Abdel Fattah al-Sisi")]), body="House of Representatives",
             sea="the Red Sea"),
    _country("Saudi Arabia", "Saudi", "Riyadh", ["Jeddah", "Dammam", "Medina"], "arabic",
             head=("King", [("2015-01", "Salman")]),
             gov=("Crown Prince", [("2017-06", "Mohammed bin Salman")]), body="Shura Council", sea="the Red Sea"),
    _country("Argentina", "Argentine", "Buenos Aires", ["Cordoba", "Rosario", "Mendoza"], "spanish",
             head=("President", [("2015-01", "Cristina Fernández de Kirchner"), ("2015-12", "Mauricio Macri"),
                                 ("2019-12", "Alberto Fernández"), ("2023-12", "Javier Milei")]),
             body="Congress", sea="the South Atlantic"),
    _country("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Wroclaw", "Poznan"], "polish",
             head=("President", [("2015-08", "Andrzej Duda")]),
             gov=("Prime Minister", [("2015-01", "Ewa Kopacz"), ("2015-11", "Beata Szydlo"),
                                     ("2017-12", "Mateusz Morawiecki"), ("2023-12", "Donald Tusk")]),
             body="Sejm", sea="the Baltic Sea"),
    _country("Vietnam", "Vietnamese", "Hanoi", ["Ho Chi Minh City", "Da Nang", "Haiphong", "Hue"], "vietnamese",
             head=("General Secretary", [("2015-01", "Nguyen Phu Trong"), ("2024-08", "To Lam")]),
             gov=("Prime Minister", [("2015-01", "Nguyen Tan Dung"), ("2016-04", "Nguyen Xuan Phuc"),
                                     ("2021-04", "Pham Minh Chinh")]),
             body="National Assembly", party="Communist Party of Vietnam", sea="the South China Sea"),
    _country("Spain", "Spanish", "Madrid", ["Barcelona", "Valencia", "Seville", "Bilbao"], "spanish",
             head=None, gov=("Prime Minister", [("2015-01", "Mariano Rajoy"), ("2018-06", "Pedro Sánchez")]),
             body="parliament", sea="the Mediterranean"),
    _country("Colombia", "Colombian", "Bogota", ["Medellin", "Cali", "Barranquilla", "Cartagena"], "spanish",
             head=("President", [("2015-01", "Juan Manuel Santos"), ("2018-08", "Iván Duque"),
                                 ("2022-08", "Gustavo Petro")]), body="Congress", sea="the Caribbean"),
    _country("Chile", "Chilean", "Santiago", ["Valparaiso", "Concepcion", "Antofagasta"], "spanish",
             head=("President", [("2015-01", "Michelle Bachelet"), ("2018-03", "Sebastián Piñera"),
                                 ("2022-03", "Gabriel Boric")]), body="Congress", sea="the Pacific"),
    _country("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Nakuru", "Eldoret"], "east_african",
             head=("President", [("2015-01", "Uhuru Kenyatta"), ("2022-09", "William Ruto")]),
             body="National Assembly", sea="the Indian Ocean"),
    _country("Ethiopia", "Ethiopian", "Addis Ababa", ["Dire Dawa", "Mekelle", "Bahir Dar", "Hawassa"],
             "east_african", head=None,
             gov=("Prime Minister", [("2015-01", "Hailemariam Desalegn"), ("2018-04", "Abiy Ahmed")]),
             body="parliament"),
    _country("Thailand", "Thai", "Bangkok", ["Chiang Mai", "Phuket", "Khon Kaen", "Hat Yai"], "thai",
             head=None,
             gov=("Prime Minister", [("2015-01", "Prayut Chan-o-cha"), ("2023-08", "Srettha Thavisin"),
                                     ("2024-08", "Paetongtarn Shinawatra")]),
             body="parliament", sea="the Gulf of Thailand"),
    _country("Greece", "Greek", "Athens", ["Thessaloniki", "Patras", "Heraklion"], "greek",
             head=None, gov=("Prime Minister", [("2015-01", "Alexis Tsipras"), ("2019-07", "Kyriakos Mitsotakis")]),
             body="parliament", sea="the Aegean"),
    _country("the Netherlands", "Dutch", "Amsterdam", ["Rotterdam", "The Hague", "Utrecht", "Eindhoven"], "dutch",
             head=None, gov=("Prime Minister", [("2015-01", "Mark Rutte"), ("2024-07", "Dick Schoof")]),
             body="parliament", sea="the North Sea"),
    _country("Taiwan", "Taiwanese", "Taipei", ["Kaohsiung", "Taichung", "Tainan", "Hualien"], "taiwanese",
             head=("President", [("2015-01", "Ma Ying-jeou"), ("2016-05", "Tsai Ing-wen"),
                                 ("2024-05", "Lai Ching-te")]), body="Legislative Yuan", sea="the Taiwan Strait"),
    _country("Venezuela", "Venezuelan", "Caracas", ["Maracaibo", "Valencia", "Barquisimeto"], "spanish",
             head=("President", [("2015-01", "Nicolás Maduro")]), body="National Assembly", sea="the Caribbean"),
    _country("Bangladesh", "Bangladeshi", "Dhaka", ["Chittagong", "Sylhet", "Khulna", "Rajshahi"], "bengali",
             head=None, gov=("Prime Minister", [("2015-01", "Sheikh Hasina"),
                                                ("2024-08", "Muhammad Yunus", "Chief Adviser")]),
             body="parliament", sea="the Bay of Bengal"),
    _country("Sweden", "Swedish", "Stockholm", ["Gothenburg", "Malmo", "Uppsala"], "nordic",
             head=None, gov=("Prime Minister", [("2015-01", "Stefan Löfven"), ("2021-11", "Magdalena Andersson"),
                                                ("2022-10", "Ulf Kristersson")]),
             body="parliament", sea="the Baltic Sea"),
    _country("Peru", "Peruvian", "Lima", ["Arequipa", "Cusco", "Trujillo"], "spanish", head=("President", []),
             body="Congress", sea="the Pacific"),
    _country("Malaysia", "Malaysian", "Kuala Lumpur", ["Penang", "Johor Bahru", "Kota Kinabalu"], "malay",
             head=None, gov=("Prime Minister", []), body="parliament", sea="the South China Sea"),
]
COMMUNIST = [c for c in COUNTRIES if c["party"]]
TESTERS = [c for c in COUNTRIES if c["name"] in
           ("North Korea", "Russia", "China", "Iran", "India", "Pakistan", "the United States", "South Korea")]

# ---------------------------------------------------------------------------------------------
# Invented organisations and other vocabularies
# ---------------------------------------------------------------------------------------------
PARTY_WORDS = (["People's", "National", "Democratic", "Civic", "Progressive", "United", "Liberal", "Social",
                "Green", "Republican", "Reform", "Popular"],
               ["Renewal", "Alliance", "Forward", "Unity", "Labour", "Citizens'", "Justice", "Future", "Freedom"],
               ["Party", "Party", "Movement", "Front", "Union"])
MINISTRIES = ["Interior Ministry", "Finance Ministry", "Defence Ministry", "Justice Ministry", "Health Ministry",
              "Ministry of Transport", "Energy Ministry", "Ministry of Agriculture", "Trade Ministry",
              "Education Ministry", "Foreign Ministry"]
MINOR_TITLES = ["Deputy Foreign Minister", "Interior Minister", "Finance Minister", "Defence Minister",
                "Justice Minister", "Health Minister", "Energy Minister", "government spokesperson",
                "Trade Minister", "deputy defence minister", "presidential spokesman", "Transport Minister",
                "Agriculture Minister", "national police chief", "central bank governor", "army chief of staff"]
UNIONS = ["the National Federation of Transport Workers", "the Teachers' Union", "the Dockworkers' Union",
          "the General Confederation of Labour", "the Metalworkers' Federation", "the Nurses' Association",
          "the Farmers' Union", "the Miners' Union", "the Public Service Workers' Union"]
NGOS = ["Open Ledger Watch", "Citizens for Clean Rivers", "the Harbourlight Foundation", "Rights First",
        "the Civic Integrity Network", "Free Press Monitor", "the Sentinel Institute", "Children's Relief Fund",
        "the Bridgewater Centre for Policy", "Common Ground Initiative"]
CAUSES = ["rising fuel prices", "a proposed pension reform", "alleged vote rigging", "a new security law",
          "cuts to public spending", "corruption in the customs service", "police violence",
          "the cost of living", "a planned tax on farm exports", "restrictions on the press", "low wages",
          "a disputed mining concession", "a court ruling on the constitution"]
MISSILES = ["two short-range ballistic missiles", "a ballistic missile", "an intercontinental ballistic missile",
            "several cruise missiles", "a hypersonic missile", "a submarine-launched ballistic missile",
            "a salvo of artillery rockets", "three short-range missiles", "a medium-range ballistic missile"]
EXERCISES = ["Ocean Shield", "Northern Resolve", "Iron Falcon", "Steel Harbour", "Eastern Guardian", "Blue Lance",
             "Southern Anchor", "Silver Trident", "Desert Lantern", "Frontier Watch"]
DISASTERS = [("earthquake", "a magnitude {mag} earthquake struck", "the earthquake"),
             ("flood", "flash floods swept through", "the floods"),
             ("typhoon", "a powerful typhoon made landfall near", "the typhoon"),
             ("wildfire", "a wildfire tore through the hills outside", "the fire"),
             ("landslide", "a landslide buried homes near", "the landslide"),
             ("cyclone", "a cyclone battered the coast near", "the cyclone"),
             ("storm", "a severe storm lashed", "the storm")]
SANCTION_TARGETS = ["banks", "oil exports", "shipping companies", "defence firms", "senior officials",
                    "steel imports", "technology exports", "a state airline", "mining companies"]
AGREEMENTS = ["a trade agreement", "a defence cooperation pact", "a memorandum of understanding on energy",
              "a ceasefire agreement", "a deal on grain exports", "a fisheries accord", "a visa-free travel deal",
              "an agreement on nuclear safety", "a currency swap deal", "a border demarcation treaty"]
TEAMS = ["Rovers", "United", "City", "Athletic", "Wanderers", "Dynamo", "Racing", "Sporting"]
SPORTS = ["football", "basketball", "volleyball", "cricket", "rugby", "handball"]
WEATHER = ["sunny", "cloudy", "rainy", "humid", "windy", "cold", "unusually warm", "foggy"]
QUOTES = ["We will not accept any solution that ignores the interests of our people",
          "This is a matter for the courts, not for the streets",
          "Our door remains open, but patience is not unlimited",
          "The numbers speak for themselves",
          "Nobody wins when trade stops",
          "We have taken note of the statement and will respond in due course",
          "There is still a great deal of work to do",
          "The government has listened, and it will act",
          "We expect our partners to keep their word",
          "Families cannot wait another year for relief",
          "The situation is calm but remains tense",
          "These measures are temporary and proportionate",
          "It is too early to draw any conclusions",
          "We are prepared for every scenario"]
TOPICS = ["the economy", "energy security", "trade", "regional security", "climate policy", "migration",
          "food prices", "infrastructure investment", "maritime disputes", "public health",
          "nuclear disarmament", "supply chains", "tourism", "pensions"]
PROFESSIONS = ["analysts", "economists", "diplomats", "opposition lawmakers", "residents", "business leaders",
               "observers", "military experts", "political scientists", "aid workers"]

# ---------------------------------------------------------------------------------------------
# Outlets: name, short tag, style, date order ("dm" day month or "md" month day), domain
# ---------------------------------------------------------------------------------------------
OUTLETS: list[dict[str, str]] = [
    {"name": "Meridian Wire", "tag": "Meridian", "style": "wire", "order": "md", "domain": "meridianwire.example"},
    {"name": "Continental Press Service", "tag": "CPS", "style": "wire", "order": "md",
     "domain": "cps-news.example"},
    {"name": "Lantern News Agency", "tag": "Lantern", "style": "wire", "order": "dm",
     "domain": "lantern-agency.example"},
    {"name": "Harbour Post", "tag": "HP", "style": "paper", "order": "dm", "domain": "harbourpost.example"},
    {"name": "The Evening Ledger", "tag": "Ledger", "style": "paper", "order": "md", "domain": "eveningledger.example"},
    {"name": "Northgate Herald", "tag": "Herald", "style": "paper", "order": "dm", "domain": "northgateherald.example"},
    {"name": "Central Dispatch Agency", "tag": "CDA", "style": "state", "order": "md", "domain": "cda-state.example"},
    {"name": "People's Voice Daily", "tag": "PVD", "style": "state", "order": "md", "domain": "peoplesvoice.example"},
    {"name": "Signal Daily", "tag": "Signal", "style": "web", "order": "md", "domain": "signaldaily.example"},
    {"name": "Brightline News", "tag": "Brightline", "style": "web", "order": "dm", "domain": "brightline.example"},
    {"name": "The Atlas Report", "tag": "Atlas", "style": "web", "order": "md", "domain": "atlasreport.example"},
]

EVENT_TYPES = ["summit_or_meeting", "protest", "arrest_or_detention", "attack", "vote_or_referendum",
               "election_or_appointment", "dismissal_or_resignation", "sanctions", "agreement", "weapons_test",
               "military_parade", "military_exercise", "party_congress", "plenary_meeting", "party_meeting",
               "legislative_session", "speech_or_statement", "disaster"]

# ---------------------------------------------------------------------------------------------
# Event sentence templates.  Slots: {when}/{When} render the event date against the publication
# date (" on Tuesday" / "On Tuesday, ", empty when undated); {when_end} the end of a multi-day
# event; {dur} its length ("four-day"); {range} a date range; other slots are filled by SLOTS.
# Keys: past (occurred), now (ongoing), future (planned or expected), neg (negated or called off),
# hyp (hypothetical), nom (a nominal follow-up mention), head (headlines).
# ---------------------------------------------------------------------------------------------
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "summit_or_meeting": {
        "past": ["{leader} met {leader_o} in {cap}{when}, the first meeting between the two leaders in {nw} years.",
                 "{fm} held talks with {fm_o} in {city}{when}, focusing on {topic}.",
                 "{When}{leader} and {leader_o} met on the sidelines of a regional forum in {city_o}.",
                 "{leader_o} wrapped up a {dur} visit to {ctry}{when_end} with a stop in {city}.",
                 "Delegations from {ctry} and {ctry_o} held two rounds of talks in {city}{when}.",
                 "{fm} spoke by phone with {fm_o}{when}, the {ministry} said in a statement."],
        "now": ["Talks between {ctry} and {ctry_o} continued in {city} for a second day{when}.",
                "{fm} is in {cap_o} this week for talks with {fm_o} on {topic}."],
        "future": ["{leader} will meet {leader_o} in {cap}{when}, officials said.",
                   "{leader_o} is expected to visit {ctry}{when}.",
                   "The two foreign ministers are scheduled to hold talks in {city}{when}.",
                   "{fm} plans to travel to {cap_o}{when} for a meeting with {fm_o}.",
                   "A summit of regional leaders is set to take place in {city} {range}."],
        "neg": ["{leader} did not attend the summit in {city_o}{when}, sending a deputy instead.",
                "{ctry} called off a planned meeting with {ctry_o}{when}, citing scheduling problems.",
                "{fm_o} cancelled a visit to {cap}{when} at short notice."],
        "hyp": ["{leader} could meet {leader_o} later this year if preparatory talks go well, an aide said.",
                "A summit might take place{when} if both sides agree on an agenda, diplomats said."],
        "nom": ["The summit was the first of its kind since {year_past}.",
                "{Profession} said the meeting produced few concrete results.",
                "The talks touched on {topic} and {topic2}."],
        "head": ["{Adj} and {Adj_o} leaders meet in {cap}", "{Fm_short} heads to {cap_o} for talks",
                 "{Adj_o} leader to visit {ctry} as ties warm", "Talks in {city} end without breakthrough"],
    },
    "protest": {
        "past": ["{Crowd} protesters marched through central {city}{when} against {cause}.",
                 "{When}{crowd} people rallied outside the {body_bldg} in {cap} to denounce {cause}.",
                 "Members of {union} went on strike{when}, halting services across {ctry}.",
                 "Students staged a sit-in at a university in {city}{when} over {cause}.",
                 "Demonstrators blocked roads in {city} for {nw} hours{when}, demanding the release of detained activists."],
        "now": ["Protesters remained camped outside government offices in {cap}{when}, vowing to stay until {cause2} is addressed.",
                "The strike by {union} entered its {ord_l} day{when}."],
        "future": ["{Union_cap} plans to hold a nationwide strike{when} over {cause}.",
                   "Opposition groups have called for a mass rally in {cap}{when}.",
                   "Organisers expect thousands to march in {city}{when}."],
        "neg": ["A planned march in {city} did not go ahead{when} after organisers failed to obtain a permit.",
                "{Union_cap} called off a strike planned for this week after talks with the {ministry}."],
        "hyp": ["{Union_cap} warned it could strike if the government pushes ahead with {cause}.",
                "Protests could spread to other cities if the ban is not lifted, {profession} said."],
        "nom": ["The protest was largely peaceful, though police used tear gas near the main square.",
                "It was the largest demonstration in {ctry} since {year_past}."],
        "head": ["Thousands protest in {city} over {cause}", "Strike cripples {ctry} as unions dig in",
                 "{Adj} students rally against {cause}"],
    },
    "arrest_or_detention": {
        "past": ["{Police} detained {nw} suspects late on {weekday} in connection with {crime}.",
                 "A prominent {adj} activist was arrested in {city}{when}, her lawyer said.",
                 "{When}police in {city} arrested {person_plain}, a former official accused of {crime}.",
                 "{Nw_cap} journalists were detained{when} while covering a protest in {city}.",
                 "{person_plain}, a local councillor, was taken into custody{when} on charges of {crime}."],
        "now": ["{Nw_cap} opposition figures remain in custody in {city}{when}, their lawyers said."],
        "future": ["Prosecutors said they will seek the arrest of {person_plain}{when}.",
                   "A court in {cap} is expected to rule on the detention of {nw} activists{when}."],
        "neg": ["Police did not detain anyone after the clashes in {city}{when}, officials said.",
                "{person} was not arrested, contrary to earlier reports."],
        "hyp": ["{person} could face arrest on returning to {ctry}, prosecutors warned."],
        "nom": ["{Later}, a court in {city} ordered them held for {nw} more days.",
                "The arrests drew criticism from {ngo}."],
        "head": ["{Adj} police detain {nw} over {crime}", "Activist arrested in {city}"],
    },
    "attack": {
        "past": ["Gunmen attacked a police checkpoint near {city}{when}, killing {n} officers.",
                 "{When}a car bomb exploded outside a market in {city}, wounding at least {n2} people.",
                 "{Army_cap} shelled positions near the border{when}, according to local officials.",
                 "A drone strike hit a fuel depot outside {city}{when}, officials said.",
                 "Hackers launched a cyberattack on the {ministry}{when}, disrupting its websites for hours."],
        "now": ["Fighting continued around {city}{when}, with heavy shelling reported overnight."],
        "future": ["Officials warned that further attacks on infrastructure were likely in the coming weeks."],
        "neg": ["The ministry denied that its forces had carried out the strike near {city}{when}."],
        "hyp": ["{leader} said {ctry} would strike back if its territory was attacked again."],
        "nom": ["No group has claimed responsibility for the attack.",
                "The bombing was the deadliest in {city} since {year_past}."],
        "head": ["Bomb kills {n} in {city}", "Attack on checkpoint near {city} leaves {n} dead",
                 "Cyberattack hits {adj} ministry"],
    },
    "vote_or_referendum": {
        "past": ["Voters in {ctry} went to the polls{when} in a parliamentary election seen as a test for the {party_o}.",
                 "Lawmakers voted {v1} to {v2}{when} to approve the budget.",
                 "The {body} passed a bill on {topic}{when} after a lengthy debate.",
                 "{When}voters approved the constitutional referendum with {pct_win} percent of the vote.",
                 "{Ctry} held local elections{when}, with turnout at {pct} percent."],
        "now": ["Polling stations across {ctry} were open{when}, with long queues reported in {city}."],
        "future": ["A referendum on the new constitution will be held{when}.",
                   "The {body} is expected to vote on the reform bill{when}.",
                   "{Ctry} will hold a presidential election{when}, the electoral commission said."],
        "neg": ["The vote on the pension bill did not take place{when} after the speaker adjourned the sitting.",
                "Authorities postponed the local elections that had been due{when}."],
        "hyp": ["A snap election could be called if the coalition collapses, {profession} said.",
                "The bill might be put to a vote{when} if the committee clears it."],
        "nom": ["The election was marred by reports of irregularities in several provinces.",
                "Turnout in the referendum was lower than expected."],
        "head": ["{Adj} voters head to the polls", "{Body_cap} passes contested bill", "Referendum set in {ctry}"],
    },
    "election_or_appointment": {
        "past": ["{person} was appointed {minor_title}{when}, replacing a veteran of the ruling party.",
                 "{When}the {body} elected {person_plain} as its new speaker.",
                 "{leader} was sworn in for a second term{when} at a ceremony in {cap}.",
                 "The {party_o} named {person_plain} as its candidate for the presidency{when}.",
                 "{person} took office as mayor of {city}{when}."],
        "now": [],
        "future": ["{person} will be sworn in as {minor_title}{when}.",
                   "The {body} is expected to confirm {person_plain} as {minor_title}{when}."],
        "neg": ["{person} was not reappointed{when}, ending {nw} years in the post."],
        "hyp": ["{person} could be named {minor_title} if the coalition talks succeed."],
        "nom": ["The appointment of {person_plain} was welcomed by business groups.",
                "His election was seen as a victory for the reformist wing of the party."],
        "head": ["{Ctry} names new {minor_title}", "{Surname} sworn in", "New speaker elected in {ctry}"],
    },
    "dismissal_or_resignation": {
        "past": ["{person} resigned{when} after weeks of pressure over {scandal}.",
                 "{When}{leader} dismissed {person_plain}, the {minor_title}, without giving a reason.",
                 "The {minor_title} stepped down{when}, citing health reasons.",
                 "{person} was sacked{when} over his handling of {scandal}.",
                 "The {body} voted to impeach {person_plain}{when}."],
        "now": [],
        "future": ["{person} will step down as {minor_title}{when}, her office said.",
                   "{person} is expected to resign{when} once a successor is found."],
        "neg": ["{person} did not resign{when}, despite calls from the opposition.",
                "{leader} refused to dismiss the {minor_title}, saying he retained full confidence."],
        "hyp": ["The {minor_title} could be forced out if the inquiry finds wrongdoing, {profession} said."],
        "nom": ["The resignation left the cabinet without a {minor_title} for the second time in a year.",
                "His dismissal came as a surprise to colleagues."],
        "head": ["{Adj} {minor_title} resigns", "{Surname} sacked over {scandal}", "{Minor_title_cap} quits"],
    },
    "sanctions": {
        "past": ["{Ctry_o} imposed new sanctions on {adj} {target}{when}.",
                 "{When}the European Union extended sanctions on {ctry} for another six months.",
                 "{Ctry_o} lifted sanctions on {adj} {target}{when}, citing progress in talks.",
                 "The Treasury sanctioned {nw} {adj} officials{when} over {crime}."],
        "now": [],
        "future": ["{Ctry_o} will impose sanctions on {adj} {target}{when}, officials said.",
                   "Sanctions on {target} are expected to be eased{when}."],
        "neg": ["{Ctry_o} did not impose the sanctions it had threatened{when}.",
                "Diplomats said the bloc had decided against new sanctions on {ctry} for now."],
        "hyp": ["{Ctry_o} could impose sanctions on {ctry} if the tests continue, {fm_o} warned.",
                "Further sanctions might follow if talks fail, diplomats said."],
        "nom": ["The sanctions freeze assets and ban travel for those named.",
                "Analysts doubted that the sanctions would change {ctry}'s course."],
        "head": ["{Ctry_o_cap} slaps sanctions on {adj} {target}", "Sanctions on {ctry} extended"],
    },
    "agreement": {
        "past": ["{ctry} and {ctry_o} signed {agreement} in {cap}{when}.",
                 "{When}the two sides reached {agreement} after {nw} days of negotiations.",
                 "{fm} and {fm_o} initialled {agreement} on the margins of a conference in {city_o}{when}."],
        "now": [],
        "future": ["{ctry} and {ctry_o} will sign {agreement}{when}.",
                   "The two governments are expected to conclude {agreement}{when}."],
        "neg": ["The two sides failed to reach agreement{when}, and talks were suspended.",
                "{ctry} did not sign {agreement} at the meeting{when}, citing unresolved issues."],
        "hyp": ["{ctry} could sign {agreement} with {ctry_o} if a dispute over tariffs is settled."],
        "nom": ["The deal still needs approval by the {body}.", "The agreement runs for {nw} years."],
        "head": ["{Ctry} and {ctry_o} sign {agreement_short}", "Deal reached in {city} talks"],
    },
    "weapons_test": {
        "past": ["{tctry} test-fired {missile} into {tsea}{when}, the {adj_o} military said.",
                 "{When}{tctry} launched {missile} from a site near {tcity}, according to {adj_o} officials.",
                 "{tctry} carried out a missile test{when}, its state media reported.",
                 "{tarmy_cap} fired {missile} early on {weekday}, its {ord_l} launch this year."],
        "now": [],
        "future": ["{tctry} is expected to test {missile} in the coming weeks, {profession} said.",
                   "{tctry} said it would launch a reconnaissance satellite{when}."],
        "neg": ["{tctry} did not carry out the missile test that officials had expected{when}."],
        "hyp": ["{tctry} could conduct another nuclear test if talks remain stalled, {profession} warned."],
        "nom": ["The launch was condemned by {ctry_o} and {ctry_o2}.",
                "The missile flew about {km} kilometres before falling into the sea."],
        "head": ["{Tctry_cap} test-fires {missile_short}", "{Tadj} missile launch draws condemnation"],
    },
    "military_parade": {
        "past": ["{tctry} held a military parade in {tcap}{when} to mark the anniversary of its armed forces.",
                 "{When}tanks and missile launchers rolled through {tcap} in a huge parade watched by {tleader}."],
        "now": [],
        "future": ["{tctry} is preparing to stage a military parade in {tcap}{when}, satellite images suggest.",
                   "A parade to mark the national day will be held in {tcap}{when}."],
        "neg": ["The annual parade in {tcap} was not held{when} because of the pandemic."],
        "hyp": ["New weapons could be shown off at the parade if preparations are completed in time."],
        "nom": ["The parade featured new long-range missiles.", "Foreign diplomats were invited to watch the parade."],
        "head": ["{Tctry_cap} stages military parade", "Parade in {tcap} shows off new weapons"],
    },
    "military_exercise": {
        "past": ["{ctry} and {ctry_o} began joint military exercises{when}, code-named {exname}.",
                 "{Army_cap} staged live-fire drills near the border{when}.",
                 "{When}the navies of {ctry} and {ctry_o} wrapped up {dur} naval drills off {city}.",
                 "{ctry} held large-scale air defence exercises {range}."],
        "now": ["The {exname} exercises continued{when} with amphibious landings near {city}."],
        "future": ["{ctry} and {ctry_o} will hold joint drills{when}, the defence ministry said.",
                   "The annual {exname} exercise is scheduled to begin{when}."],
        "neg": ["{ctry} and {ctry_o} called off joint exercises planned{when} to support diplomacy.",
                "This year's {exname} drills did not take place{when}."],
        "hyp": ["The exercises could be scaled back if talks resume, officials said."],
        "nom": ["The drills involved about {big} troops and {n2} aircraft.",
                "{Adj_o} officials called the exercise a rehearsal for invasion."],
        "head": ["{Adj} and {Adj_o} forces launch {exname} drills", "Live-fire drills near border"],
    },
    "party_congress": {
        "past": ["The {ord} Congress of the {cparty} opened in {ccap}{when}.",
                 "{When}delegates wrapped up the {dur} party congress in {ccap}.",
                 "The {party_o} held its party congress in {city}{when}, re-electing its leader."],
        "now": ["The {ord} Congress of the {cparty} continued{when}, with delegates discussing the report."],
        "future": ["The {cparty} will convene its {ord} National Congress in {ccap}{when}.",
                   "The {party_o} is expected to hold a party congress{when}."],
        "neg": ["The party congress did not open{when} as previously announced."],
        "hyp": ["The congress could be brought forward if the leadership decides it is needed."],
        "nom": ["The congress is expected to set policy for the next five years.",
                "The congress elected a new Central Committee."],
        "head": ["{Cparty_short} congress opens in {ccap}", "Party congress set for {ccap}"],
    },
    "plenary_meeting": {
        "past": ["The Central Committee of the {cparty} wrapped up a {dur} plenary meeting{when_end}.",
                 "{When}the {ord_l} plenary meeting of the Central Committee opened in {ccap}.",
                 "A {dur} plenum of the Central Committee ended{when_end} with a call for vigilance."],
        "now": ["The enlarged plenary meeting of the Central Committee entered its {ord_l} day{when}."],
        "future": ["The Central Committee will convene a plenary meeting{when} to review the year's work.",
                   "A plenum of the {cparty} is expected to be held{when}."],
        "neg": ["The plenum, widely expected{when}, was not convened."],
        "hyp": ["Personnel changes could be approved if a plenum is convened before the end of the year."],
        "nom": ["The plenary meeting adopted a resolution on agriculture.", "The plenum also discussed cadre policy."],
        "head": ["{Cparty_short} plenum ends", "Central Committee plenary meeting opens"],
    },
    "party_meeting": {
        "past": ["{cleader} chaired a Politburo meeting{when} to discuss the economy.",
                 "{When}{cleader} presided over an enlarged meeting of the Political Bureau.",
                 "The Political Bureau of the {cparty} Central Committee met{when} to discuss {topic}."],
        "now": [],
        "future": ["The Politburo is expected to meet{when} to set economic priorities."],
        "neg": ["The Politburo meeting usually held at the end of the month did not take place{when}."],
        "hyp": ["The Presidium could meet in emergency session if the situation worsens."],
        "nom": ["The meeting stressed discipline and self-reliance."],
        "head": ["{Cleader_short} chairs Politburo meeting", "Political Bureau meets on {topic}"],
    },
    "legislative_session": {
        "past": ["The annual session of the {body} opened in {cap}{when}.",
                 "{When}the {body} reconvened after the summer recess.",
                 "Lawmakers in the {body} debated the security bill{when} for more than {nw} hours.",
                 "The {ord_l} session of the {body} closed{when} after approving the budget."],
        "now": ["The {body} remains in session{when}, with a final vote on the bill due on {weekday}."],
        "future": ["The {body} will convene an extraordinary session{when} to consider the bill.",
                   "The {body} is scheduled to open its autumn session{when}."],
        "neg": ["The {body} did not meet{when} because of a boycott by the opposition."],
        "hyp": ["The {body} could be recalled from recess if the crisis deepens."],
        "nom": ["The session approved {nw} laws.", "The sitting was broadcast live on state television."],
        "head": ["{Body_cap} opens annual session", "{Body_cap} reconvenes"],
    },
    "speech_or_statement": {
        "past": ["{leader} delivered a televised address to the nation{when}, urging calm.",
                 "{When}{fm} denounced the decision as a violation of international law.",
                 "In a speech to parliament{when}, {leader} called for unity.",
                 "{leader} warned {ctry_o}{when} against interfering in {adj} affairs.",
                 "{person} accused the government of covering up {scandal}{when}."],
        "now": [],
        "future": ["{leader} will address the United Nations General Assembly{when}.",
                   "{leader} is expected to deliver a policy speech{when}."],
        "neg": ["{leader} did not deliver the customary New Year's address{when}."],
        "hyp": ["{leader} may address the nation if the crisis deepens, an aide said."],
        "nom": ["In the speech, {leader_surname} also touched on {topic}.", "The address lasted about {nw} minutes."],
        "head": ["{Leader_surname} urges calm in address", "{Adj} leader warns {ctry_o}"],
    },
    "disaster": {
        "past": ["{When}{disaster_past} {city}, killing at least {n} people.",
                 "{Disaster_past_cap} {city}{when}, forcing thousands from their homes.",
                 "Rescue teams searched for survivors after {disaster_past} {city}{when}."],
        "now": ["Rescuers were still searching the rubble in {city}{when}."],
        "future": ["Forecasters warned that a typhoon is expected to make landfall near {city}{when}."],
        "neg": ["The storm did not reach {city}{when}, turning out to sea instead."],
        "hyp": ["A major earthquake could strike {city} in the coming decades, seismologists warned."],
        "nom": ["The death toll from {disaster_nom} rose to {toll} on {weekday}.",
                "Damage from {disaster_nom} was estimated at {dmg} million dollars."],
        "head": ["{Disaster_kind_cap} kills {n} in {ctry}", "Rescuers search for survivors in {city}"],
    },
}

# Headlines for main events that have not (or not yet) happened: planned, called off, hypothetical
HEAD_AHEAD: dict[str, list[str]] = {
    "summit_or_meeting": ["{Adj} and {Adj_o} leaders eye talks", "Doubts grow over {city} summit"],
    "protest": ["Unions weigh action over {cause}", "Opposition calls for rally in {cap}"],
    "arrest_or_detention": ["Prosecutors target {adj} ex-official", "Detention of activists under scrutiny"],
    "attack": ["{Adj} officials warn of new attacks", "Tension rises near {city}"],
    "vote_or_referendum": ["{Ctry} prepares for vote", "Uncertainty over {adj} referendum"],
    "election_or_appointment": ["{Ctry} weighs new {minor_title}", "Coalition talks decide {adj} posts"],
    "dismissal_or_resignation": ["Pressure mounts on {adj} {minor_title}", "{Surname} under fire"],
    "sanctions": ["{Ctry_o_cap} weighs sanctions on {ctry}", "Sanctions threat hangs over {adj} talks"],
    "agreement": ["{Ctry} and {ctry_o} edge towards deal", "Deal with {ctry_o} hangs in balance"],
    "weapons_test": ["{Tctry_cap} may be preparing missile test", "Watch on {tadj} launch sites"],
    "military_parade": ["{Tctry_cap} readies parade", "Signs of parade preparations in {tcap}"],
    "military_exercise": ["{Adj} and {Adj_o} forces plan drills", "Fate of {exname} drills in doubt"],
    "party_congress": ["{Cparty_short} to convene congress", "Party congress date in focus"],
    "plenary_meeting": ["{Cparty_short} plenum ahead", "Central Committee to meet"],
    "party_meeting": ["Politburo to set priorities", "{Cleader_short} to chair party meeting"],
    "legislative_session": ["{Body_cap} to meet in special session", "{Body_cap} session in doubt"],
    "speech_or_statement": ["{Leader_surname} to address the nation", "All eyes on {leader_surname} speech"],
    "disaster": ["Warning issued for {city}", "{Ctry} braces for severe weather"],
}

# ---------------------------------------------------------------------------------------------
# Non-event filler sentences (economy, background, quotes, sports, weather)
# ---------------------------------------------------------------------------------------------
FILLER: list[str] = [
    "Inflation in {ctry} eased to {pct} percent in {month_past}, official figures showed.",
    "The central bank kept its benchmark rate at {pct} percent.",
    "The economy grew {pct} percent in the {quarter} quarter from a year earlier.",
    "Exports to {ctry_o} account for about {pct2} percent of the total.",
    "Unemployment stood at {pct} percent, the statistics office said.",
    "The stock index closed {pct_small} percent higher, led by energy shares.",
    "The {adj} currency weakened against the dollar for a {ord_l} straight session.",
    "{Ctry} imports most of its fuel, which leaves it exposed to swings in global prices.",
    "The government has promised to build {big} new homes by the end of the decade.",
    "Relations between {ctry} and {ctry_o} have been strained for years.",
    "The two countries established diplomatic relations in {year_old}.",
    "Farmers in {ctry} have complained for months about the price of fertiliser.",
    "The region has long been a centre of {industry}.",
    "{Profession} say the dispute is unlikely to be settled soon.",
    "\"{quote},\" {person} said.",
    "\"{quote},\" {leader} said in a statement.",
    "\"{quote},\" said {person_plain}, a researcher at {ngo}.",
    "\"{quote},\" {fm} told reporters.",
    "{person_plain}, a spokesperson for the {ministry}, said {pronoun} could not comment.",
    "According to a survey by {ngo}, {pct2} percent of respondents supported the plan.",
    "The {ministry} did not respond to a request for comment.",
    "The figures could not be independently verified.",
    "Officials said the matter would be reviewed by the relevant authorities.",
    "{Profession} have long pointed to {topic} as a weakness.",
    "Polls suggest the ruling party's support has fallen to {pct2} percent.",
    "{City} {team} beat {city2} {team2} {s1}-{s2} in the {sport} league final.",
    "{City} {team} have now won {nw} matches in a row.",
    "Temperatures in {cap} are expected to reach {temp} degrees, with {weather} conditions.",
    "The weather service forecast {weather} weather for most of the country.",
    "Traffic in {city} was heavier than usual because of roadworks on the ring road.",
    "Spending on {topic} will rise by {pct} percent under the draft budget.",
    "Tourist arrivals in {ctry} rose by {pct2} percent from a year earlier.",
    "Rice and fuel prices have climbed sharply since the start of the year.",
    "Freight volumes at the country's main port rose by {pct} percent last year.",
    "Prices of {product} have risen by {pct2} percent since January.",
    "The government says the new rules will cut red tape for small businesses.",
    "Critics argue that the reform favours large companies.",
    "The opposition says the government has mismanaged {topic}.",
    "A new metro line in {city} is due to open after years of delays.",
    "Local media reported long queues at petrol stations in {city}.",
]
INDUSTRIES = ["textile manufacturing", "shipbuilding", "coal mining", "rice farming", "car making", "tourism",
              "steel production", "fishing", "electronics assembly"]
PRODUCTS = ["coffee", "rice", "steel", "natural gas", "copper", "palm oil", "wheat", "semiconductors", "cotton"]
CRIMES = ["corruption", "money laundering", "spying for a foreign power", "tax evasion", "inciting unrest",
          "bribery", "illegal arms trading", "fraud"]
SCANDALS = ["a bribery scandal", "a procurement scandal", "leaked text messages", "an unauthorised trip abroad",
            "the botched vaccine rollout", "misuse of public funds", "a failed rescue operation"]

# Web-page boilerplate and byline pieces
BOILERPLATE_TOP = ["Advertisement", "Share this article", "Listen to this article ({nw} min)",
                   "Updated {clock} GMT"]
BOILERPLATE_MID = ["Read more: {other_head}", "Related: {other_head}",
                   "Photo: A view of central {city}. ({outlet_tag}/{person_plain})",
                   "Sign up for our morning newsletter to get the day's top stories in your inbox.",
                   "Advertisement"]
BOILERPLATE_END = ["Related coverage\n- {other_head}\n- {other_head2}",
                   "Sign up for the {outlet} newsletter. Unsubscribe at any time.",
                   "(Reporting by {person_plain}; editing by {person_plain2})",
                   "© {year} {outlet}. All rights reserved.",
                   "Read more\n{other_head}\n{other_head2}"]
STATE_PRAISE = ["The participants expressed full support for the line and policies of the Party.",
                "The report was met with stormy applause.",
                "The meeting called for redoubled efforts to fulfil the tasks of the five-year plan."]


# =============================================================================================
# Generation
# =============================================================================================

def holder(office: tuple[str, Holders] | None, day: dt.date) -> tuple[str, str] | None:
    """(title, name) of the holder of an office on a day, or None when not named ("2015-01" means since 2013 or earlier)."""
    if office is None:
        return None
    month = day.isoformat()[:7]
    found = None
    for entry in office[1]:
        if entry[0] <= month or (entry[0] == "2015-01" and month >= "2013-01"):
            found = (entry[2] if len(entry) > 2 else office[0], entry[1])
    return found


def invented_name(rng: random.Random, country: dict[str, Any]) -> str:
    """An invented personal name in the country's naming tradition."""
    firsts, lasts, family_first = NAMES[country["names"]]
    first, last = rng.choice(firsts), rng.choice(lasts)
    return f"{last} {first}" if family_first else f"{first} {last}"


def surname(name: str, country: dict[str, Any]) -> str:
    """The name used on second mention (family name)."""
    parts = name.split()
    if country["names"] in ("dprk", "chinese", "korean", "vietnamese", "taiwanese") or country["adj"] == "Saudi":
        return parts[0] if len(parts) > 1 and country["adj"] != "Saudi" else name
    if parts[-1] in ("Jr.", "III", "Silva"):
        return parts[-4] if parts[-1] == "Silva" else parts[-2]
    return parts[-1]


def leader_phrase(rng: random.Random, country: dict[str, Any], day: dt.date, head_only: bool = False) -> tuple[str, str]:
    """(full phrase, surname) for the country's leader on a day: "President Joe Biden" or a generic title."""
    offices = [o for o in (country["head"], country["gov"]) if o]
    options = [h for h in (holder(o, day) for o in offices) if h]
    if not options:
        title = offices[0][0].lower()
        return f"the {country['adj']} {title}", f"the {title}"
    title, name = options[0] if len(options) == 1 or head_only or rng.random() < 0.6 else options[1]
    if title == "leader":
        return f"{country['adj']} leader {name}", surname(name, country)
    if title == "King":
        return f"King {name}", f"King {name}"
    if rng.random() < 0.3:
        return f"{country['adj']} {title} {name}", surname(name, country)
    return f"{title} {name}", surname(name, country)


def fm_phrase(rng: random.Random, country: dict[str, Any], day: dt.date) -> tuple[str, str]:
    """(full phrase, surname) for the country's foreign minister on a day, invented when not listed."""
    found = holder(country["fm"], day)
    if found:
        return f"{found[0]} {found[1]}", surname(found[1], country)
    name = invented_name(rng, country)
    return f"{country['adj']} Foreign Minister {name}", surname(name, country)


def cap(text: str) -> str:
    """Text with its first letter upper-cased."""
    return text[:1].upper() + text[1:] if text else text


def day_month(day: dt.date, order: str) -> str:
    """ "March 3" or "3 March" by the outlet's date order."""
    return f"{MONTHS[day.month - 1]} {day.day}" if order == "md" else f"{day.day} {MONTHS[day.month - 1]}"


def realize(rng: random.Random, day: dt.date, pub: dt.date, order: str) -> str:
    """A temporal expression (without leading preposition spacing) for `day` seen from `pub`."""
    delta = (pub - day).days
    wd = WEEKDAYS[day.weekday()]
    dm = day_month(day, order)
    roll = rng.random()
    if delta == 0:
        return rng.choice(["today", "on " + wd, "earlier today", "on " + wd + " morning"])
    if delta == 1:
        return rng.choice(["yesterday", "on " + wd, "late on " + wd, "on " + wd + " night", "on " + wd])
    if 2 <= delta <= 6:
        if roll < 0.55:
            return rng.choice(["on " + wd, "early on " + wd, "on " + wd + " afternoon"])
        if roll < 0.8:
            return f"on {wd}, {dm}" if order == "md" else f"on {dm}"
        return "on " + (day.isoformat() if roll < 0.85 else dm)
    if 7 <= delta <= 13:
        return rng.choice(["last week", "last " + wd, "on " + dm, "on " + dm])
    if 14 <= delta <= 90:
        if day.month == pub.month and day.year == pub.year:
            return rng.choice(["earlier this month", "on " + dm, "on " + dm])
        if (pub.month - day.month) % 12 == 1 and roll < 0.4:
            return "last month"
        return rng.choice(["on " + dm, "in " + MONTHS[day.month - 1], "on " + dm])
    if delta > 90:
        if day.year == pub.year:
            return rng.choice(["in " + MONTHS[day.month - 1], "earlier this year", "on " + dm])
        if day.year == pub.year - 1:
            return rng.choice(["last year", f"in {MONTHS[day.month - 1]} last year",
                               f"in {MONTHS[day.month - 1]} {day.year}"])
        return rng.choice([f"in {day.year}", f"in {MONTHS[day.month - 1]} {day.year}",
                           f"on {day_month(day, order)}, {day.year}" if order == "md" else f"on {dm} {day.year}"])
    ahead = -delta
    if ahead == 1:
        return rng.choice(["tomorrow", "on " + wd])
    if ahead <= 6:
        return rng.choice(["on " + wd, "on " + wd, "this " + wd, "on " + dm])
    if ahead <= 13:
        return rng.choice(["next week", "next " + wd, "on " + dm])
    if day.year == pub.year and day.month == pub.month:
        return rng.choice(["later this month", "on " + dm])
    if ahead <= 60:
        if (day.month - pub.month) % 12 == 1 and roll < 0.5:
            return "next month"
        return rng.choice(["on " + dm, "in " + MONTHS[day.month - 1], "in early " + MONTHS[day.month - 1]])
    if day.year == pub.year:
        return rng.choice(["in " + MONTHS[day.month - 1], "later this year", "in " + MONTHS[day.month - 1],
                           "this autumn" if day.month in (9, 10, 11) else "in " + MONTHS[day.month - 1]])
    if day.year == pub.year + 1:
        return rng.choice(["early next year" if day.month <= 4 else "next year", "next year",
                           f"in {MONTHS[day.month - 1]} next year", f"in {day.year}"])
    return f"in {day.year}"


def date_range(day: dt.date, end: dt.date, order: str) -> str:
    """ "from May 2 to 5" style range (or across months)."""
    if day.month == end.month:
        if order == "md":
            return f"from {MONTHS[day.month - 1]} {day.day} to {end.day}"
        return f"from {day.day} to {end.day} {MONTHS[day.month - 1]}"
    return f"from {day_month(day, order)} to {day_month(end, order)}"


class Slots(dict):
    """Template slot values for one event or sentence, made on first use by SLOT_MAKERS."""

    def __init__(self, gen: Generator, **fixed: Any) -> None:
        super().__init__(fixed)
        self.gen = gen

    def __missing__(self, key: str) -> str:
        maker = SLOT_MAKERS.get(key)
        if maker is not None:
            value = maker(self, self.gen.rng)
        elif key.endswith("_cap"):
            value = cap(self[key[:-4]])
        elif key[:1].isupper():
            value = cap(self[key[:1].lower() + key[1:]])
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _when(s: Slots, rng: random.Random) -> str:
    """ " on Tuesday" for the event date, or "" when undated."""
    phrase = s["_phrase"]
    return " " + phrase if phrase else ""


def _phrase(s: Slots, rng: random.Random) -> str:
    """The bare temporal expression for the event date ("" when undated)."""
    day = s.get("_day")
    if day is None or rng.random() < 0.08:
        return ""
    return realize(rng, day, s["_pub"], s["_order"])


def _when_lead(s: Slots, rng: random.Random) -> str:
    """ "On Tuesday, " for the event date, or ""."""
    phrase = s["_phrase"]
    return cap(phrase) + ", " if phrase else ""


def _when_end(s: Slots, rng: random.Random) -> str:
    """ " on Thursday" for the end of a multi-day event."""
    end = s.get("_end") or s.get("_day")
    return " " + realize(rng, end, s["_pub"], s["_order"]) if end else ""


def _dur(s: Slots, rng: random.Random) -> str:
    """ "four-day" for a multi-day event."""
    day, end = s.get("_day"), s.get("_end")
    days = (end - day).days + 1 if day and end else rng.randint(2, 5)
    return f"{NUMBER_WORDS[days] if days <= 12 else days}-day"


def _range(s: Slots, rng: random.Random) -> str:
    """ "from May 2 to 5" for a multi-day event ("next month" when it has no end)."""
    day, end = s.get("_day"), s.get("_end")
    if day and end:
        return date_range(day, end, s["_order"])
    return realize(rng, day, s["_pub"], s["_order"]) if day else "soon"


def _person(s: Slots, rng: random.Random) -> str:
    """An invented official with title, e.g. "Finance Minister Anke Vogel"."""
    title = rng.choice(MINOR_TITLES)
    name = s["person_plain"]
    return f"{cap(title)} {name}" if title[0].isupper() else f"{name}, the {title},"


SLOT_MAKERS: dict[str, Callable[[Slots, random.Random], str]] = {
    "when": _when, "_phrase": _phrase, "When": _when_lead, "when_end": _when_end, "dur": _dur, "range": _range,
    "ctry": lambda s, r: s["_c"]["name"],
    "adj": lambda s, r: s["_c"]["adj"],
    "cap": lambda s, r: s["_c"]["capital"],
    "city": lambda s, r: r.choice(s["_c"]["cities"]),
    "city2": lambda s, r: r.choice([c for c in s["_c"]["cities"] if c != s["city"]]),
    "body": lambda s, r: s["_c"]["body"],
    "body_bldg": lambda s, r: s["_c"]["body"] if s["_c"]["body"] != "Congress" else "Capitol",
    "army": lambda s, r: s["_c"]["army"],
    "ctry_o": lambda s, r: s["_o"]["name"],
    "ctry_o2": lambda s, r: s.gen.other(s["_o"])["name"],
    "adj_o": lambda s, r: s["_o"]["adj"],
    "cap_o": lambda s, r: s["_o"]["capital"],
    "city_o": lambda s, r: r.choice(s["_o"]["cities"]),
    "leader": lambda s, r: s.gen.leader(s, "_c")[0],
    "leader_surname": lambda s, r: s.gen.leader(s, "_c")[1],
    "leader_o": lambda s, r: s.gen.leader(s, "_o")[0],
    "fm": lambda s, r: s.gen.fm(s, "_c")[0],
    "fm_short": lambda s, r: s.gen.fm(s, "_c")[1],
    "fm_o": lambda s, r: s.gen.fm(s, "_o")[0],
    "person_plain": lambda s, r: invented_name(r, s["_c"]),
    "person_plain2": lambda s, r: invented_name(r, s["_c"]),
    "person": _person,
    "surname": lambda s, r: surname(s["person_plain"], s["_c"]),
    "pronoun": lambda s, r: r.choice(["he", "she"]),
    "minor_title": lambda s, r: r.choice(MINOR_TITLES).lower(),
    "ministry": lambda s, r: r.choice(MINISTRIES),
    "police": lambda s, r: r.choice([f"{s['_c']['adj']} police", f"Police in {r.choice(s['_c']['cities'])}",
                                     "Anti-corruption investigators", "Security forces"]),
    "union": lambda s, r: r.choice(UNIONS),
    "ngo": lambda s, r: r.choice(NGOS),
    "party_o": lambda s, r: s.gen.party_name(),
    "cause": lambda s, r: r.choice(CAUSES),
    "cause2": lambda s, r: "the dispute",
    "crime": lambda s, r: r.choice(CRIMES),
    "scandal": lambda s, r: r.choice(SCANDALS),
    "target": lambda s, r: r.choice(SANCTION_TARGETS),
    "agreement": lambda s, r: s.get("_agreement") or r.choice(AGREEMENTS),
    "agreement_short": lambda s, r: s["agreement"].split(" ", 1)[1].split(" on ")[0],
    "topic": lambda s, r: r.choice(TOPICS),
    "topic2": lambda s, r: r.choice(TOPICS),
    "profession": lambda s, r: r.choice(PROFESSIONS),
    "crowd": lambda s, r: r.choice(["thousands of", "tens of thousands of", "several hundred", "hundreds of",
                                    "more than 10,000"]),
    "exname": lambda s, r: s.get("_exname") or r.choice(EXERCISES),
    "missile": lambda s, r: s.get("_missile") or r.choice(MISSILES),
    "missile_short": lambda s, r: s["missile"].split(" ", 1)[1] if s["missile"][0] in "at" else s["missile"],
    "tctry": lambda s, r: s["_t"]["name"],
    "tadj": lambda s, r: s["_t"]["adj"],
    "tcap": lambda s, r: s["_t"]["capital"],
    "tcity": lambda s, r: r.choice(s["_t"]["cities"]),
    "tsea": lambda s, r: s["_t"]["sea"] or "the sea",
    "tarmy": lambda s, r: s["_t"]["army"],
    "tleader": lambda s, r: s.gen.leader(s, "_t")[0],
    "cparty": lambda s, r: s["_p"]["party"],
    "cparty_short": lambda s, r: "".join(w[0] for w in s["_p"]["party"].split() if w[0].isupper()),
    "ccap": lambda s, r: s["_p"]["capital"],
    "cleader": lambda s, r: s.gen.leader(s, "_p")[0],
    "cleader_short": lambda s, r: s.gen.leader(s, "_p")[1],
    "disaster_kind": lambda s, r: s["_disaster"][0],
    "disaster_past": lambda s, r: s["_disaster"][1].format(mag=s["_mag"]),
    "disaster_nom": lambda s, r: s["_disaster"][2],
    "weekday": lambda s, r: WEEKDAYS[(s.get("_day") or s["_pub"]).weekday()],
    "later": lambda s, r: r.choice(["Two days later", "A day later", "Three days later", "The following week"]),
    "nw": lambda s, r: r.choice(NUMBER_WORDS[2:10]),
    "n": lambda s, r: str(s.get("_n") or r.randint(2, 30)),
    "n2": lambda s, r: str(r.randint(8, 140)),
    "toll": lambda s, r: str(int(s["n"]) + r.randint(1, 40)),
    "dmg": lambda s, r: str(r.randint(5, 900)),
    "pct_win": lambda s, r: str(r.randint(51, 78)),
    "big": lambda s, r: f"{r.randint(2, 90) * 1000:,}",
    "km": lambda s, r: str(r.randint(30, 120) * 10),
    "pct": lambda s, r: f"{r.randint(1, 9)}.{r.randint(0, 9)}",
    "pct2": lambda s, r: str(r.randint(11, 78)),
    "pct_small": lambda s, r: f"{r.randint(0, 2)}.{r.randint(1, 9)}",
    "v1": lambda s, r: str(r.randint(150, 300)),
    "v2": lambda s, r: str(r.randint(40, 149)),
    "ord": lambda s, r: r.choice(ORDINALS[5:15]),
    "ord_l": lambda s, r: r.choice(["second", "third", "fourth", "fifth", "sixth"]),
    "year_past": lambda s, r: str(s["_pub"].year - r.randint(2, 12)),
    "year_old": lambda s, r: str(r.randint(1948, 1995)),
    "year": lambda s, r: str(s["_pub"].year),
    "month_past": lambda s, r: MONTHS[(s["_pub"].month - 2) % 12],
    "quarter": lambda s, r: r.choice(["first", "second", "third", "fourth"]),
    "industry": lambda s, r: r.choice(INDUSTRIES),
    "product": lambda s, r: r.choice(PRODUCTS),
    "quote": lambda s, r: r.choice(QUOTES),
    "team": lambda s, r: r.choice(TEAMS),
    "team2": lambda s, r: r.choice(TEAMS),
    "sport": lambda s, r: r.choice(SPORTS),
    "s1": lambda s, r: str(r.randint(2, 5)),
    "s2": lambda s, r: str(r.randint(0, 1)),
    "temp": lambda s, r: str(r.randint(-5, 38)),
    "weather": lambda s, r: r.choice(WEATHER),
    "clock": lambda s, r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "outlet": lambda s, r: s["_outlet"]["name"],
    "outlet_tag": lambda s, r: s["_outlet"]["tag"],
    "other_head": lambda s, r: s.gen.headline(s["_pub"], s["_order"]),
    "other_head2": lambda s, r: s.gen.headline(s["_pub"], s["_order"]),
}


class Story:
    """The facts of one main event, shared by every outlet that reports it."""

    __slots__ = ("day", "end", "fixed", "outcome", "outlet", "pub", "type")

    def __init__(self, type_: str, day: dt.date | None, end: dt.date | None, pub: dt.date, outcome: str,
                 fixed: dict[str, Any], outlet: str) -> None:
        self.type, self.day, self.end, self.pub, self.outcome = type_, day, end, pub, outcome
        self.fixed, self.outlet = fixed, outlet


class Generator:
    """Streams articles from one random.Random."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.recent: collections.deque[Story] = collections.deque(maxlen=64)
        self.count = 0
        self.span = (LAST_DAY - FIRST_DAY).days

    # -- vocabulary helpers ------------------------------------------------------------------
    def other(self, country: dict[str, Any]) -> dict[str, Any]:
        """A random country other than `country`."""
        while True:
            found = self.rng.choice(COUNTRIES)
            if found is not country:
                return found

    def leader(self, s: Slots, key: str) -> tuple[str, str]:
        """The (phrase, surname) of the leader of country s[key], fixed once per slot set."""
        cache = "_leader" + key
        if cache not in s:
            s[cache] = leader_phrase(self.rng, s[key], s.get("_day") or s["_pub"], head_only=key == "_p")
        return s[cache]

    def fm(self, s: Slots, key: str) -> tuple[str, str]:
        """The (phrase, surname) of the foreign minister of country s[key], fixed once per slot set."""
        cache = "_fm" + key
        if cache not in s:
            s[cache] = fm_phrase(self.rng, s[key], s.get("_day") or s["_pub"])
        return s[cache]

    def party_name(self) -> str:
        """An invented party name, e.g. "Civic Renewal Party"."""
        a, b, c = PARTY_WORDS
        return f"{self.rng.choice(a)} {self.rng.choice(b)} {self.rng.choice(c)}"

    def headline(self, pub: dt.date, order: str) -> str:
        """A headline of a random other story (for related links)."""
        type_ = self.rng.choice(EVENT_TYPES)
        s = self.slots(type_, pub, None, None, order, self.rng.choice(OUTLETS))
        return cap(self.rng.choice(TEMPLATES[type_]["head"]).format_map(s))

    def slots(self, type_: str, pub: dt.date, day: dt.date | None, end: dt.date | None, order: str,
              outlet: dict[str, str], fixed: dict[str, Any] | None = None,
              country: dict[str, Any] | None = None) -> Slots:
        """Slots for one event of a type: its countries and type-specific facts, plus `fixed` ones."""
        rng = self.rng
        c = country or rng.choice(COUNTRIES)
        s = Slots(self, _c=c, _o=self.other(c), _pub=pub, _day=day, _end=end, _order=order, _outlet=outlet)
        if type_ in ("weapons_test", "military_parade"):
            s["_t"] = rng.choice(TESTERS)
        if type_ in ("party_congress", "plenary_meeting", "party_meeting"):
            s["_p"] = rng.choice(COMMUNIST)
        if type_ == "disaster":
            s["_disaster"] = rng.choice(DISASTERS)
            s["_mag"] = f"{rng.randint(5, 7)}.{rng.randint(0, 9)}"
        if fixed:
            s.update(fixed)
        return s

    # -- events ------------------------------------------------------------------------------
    def event_dates(self, type_: str, pub: dt.date, outcome: str) -> tuple[dt.date | None, dt.date | None]:
        """(start, end) of an event with the given outcome relative to the publication date."""
        rng = self.rng
        if outcome in ("future",):
            ahead = rng.choice([rng.randint(1, 13), rng.randint(14, 60), rng.randint(30, 400)])
            day = pub + dt.timedelta(days=ahead)
        elif outcome == "hyp":
            return (pub + dt.timedelta(days=rng.randint(20, 200)), None) if rng.random() < 0.3 else (None, None)
        elif outcome == "now":
            day = pub - dt.timedelta(days=rng.randint(0, 2))
        else:
            back = rng.choice([rng.randint(0, 6), rng.randint(0, 6), rng.randint(7, 60), rng.randint(60, 900)])
            day = pub - dt.timedelta(days=back)
        end = None
        if type_ in ("plenary_meeting", "party_congress", "military_exercise", "legislative_session",
                     "summit_or_meeting") and rng.random() < 0.5:
            end = day + dt.timedelta(days=rng.randint(1, 6))
            if outcome == "past" and end >= pub:
                day, end = day - (end - pub) - dt.timedelta(days=1), pub - dt.timedelta(days=1)
        return day, end

    def sentence(self, type_: str, outcome: str, s: Slots) -> str:
        """One event sentence of a type and outcome rendered from slots."""
        options = TEMPLATES[type_][outcome] or TEMPLATES[type_]["past"]
        return cap(self.rng.choice(options).format_map(s))

    def random_event(self, pub: dt.date, order: str, outlet: dict[str, str], country: dict[str, Any]) -> str:
        """A secondary event sentence of a random type, outcome and date (often about `country`)."""
        rng = self.rng
        type_ = rng.choice(EVENT_TYPES)
        outcome = rng.choices(["past", "future", "neg", "hyp", "nom", "now"], weights=[46, 20, 9, 8, 12, 5])[0]
        day, end = self.event_dates(type_, pub, "past" if outcome == "nom" else outcome)
        s = self.slots(type_, pub, day, end, order, outlet, country=country if rng.random() < 0.6 else None)
        return self.sentence(type_, outcome, s)

    def filler(self, pub: dt.date, order: str, outlet: dict[str, str], country: dict[str, Any]) -> str:
        """One non-event sentence."""
        s = Slots(self, _c=country, _o=self.other(country), _pub=pub, _day=None, _end=None, _order=order,
                  _outlet=outlet)
        return cap(self.rng.choice(FILLER).format_map(s))

    # -- articles ----------------------------------------------------------------------------
    def new_story(self, pub: dt.date, outlet: dict[str, str]) -> Story:
        """A fresh main event for an article published on `pub`."""
        rng = self.rng
        type_ = rng.choice(EVENT_TYPES)
        outcome = rng.choices(["past", "future", "neg", "hyp", "now"], weights=[62, 20, 8, 4, 6])[0]
        if not TEMPLATES[type_][outcome]:
            outcome = "past"
        day, end = self.event_dates(type_, pub, outcome)
        probe = self.slots(type_, pub, day, end, outlet["order"], outlet)
        fixed = {k: probe[k] for k in ("_c", "_o", "_t", "_p", "_disaster", "_mag") if k in probe}
        fixed["_missile"] = rng.choice(MISSILES)
        fixed["_exname"] = rng.choice(EXERCISES)
        fixed["_agreement"] = rng.choice(AGREEMENTS)
        fixed["_n"] = rng.randint(2, 40)
        return Story(type_, day, end, pub, outcome, fixed, outlet["name"])

    def pick_story(self) -> tuple[Story, dt.date, dict[str, str]]:
        """The main event, publication date and outlet of the next article (sometimes a repeat story)."""
        rng = self.rng
        if self.recent and rng.random() < 0.15:
            story = rng.choice(self.recent)
            pub = min(story.pub + dt.timedelta(days=rng.randint(0, 3)), LAST_DAY)
            outlet = rng.choice([o for o in OUTLETS if o["name"] != story.outlet])
            return story, pub, outlet
        pub = FIRST_DAY + dt.timedelta(days=rng.randint(0, self.span))
        outlet = rng.choice(OUTLETS)
        story = self.new_story(pub, outlet)
        self.recent.append(story)
        return story, pub, outlet

    def lead_outcome(self, story: Story, pub: dt.date) -> str:
        """How the main event reads on `pub`: planned events that have since happened read as occurred."""
        if story.outcome == "future" and story.day is not None and story.day < pub:
            return "past"
        return story.outcome

    def article(self) -> dict[str, Any]:
        """One article record."""
        rng = self.rng
        story, pub, outlet = self.pick_story()
        order, style = outlet["order"], outlet["style"]
        s = self.slots(story.type, pub, story.day, story.end, order, outlet, story.fixed)
        outcome = self.lead_outcome(story, pub)
        heads = TEMPLATES[story.type]["head"] if outcome in ("past", "now") else HEAD_AHEAD[story.type]
        title = cap(rng.choice(heads).format_map(s))
        country = story.fixed["_c"]
        target = rng.randint(1500, 8000)
        n_pars = max(5, min(20, target // 420 + rng.randint(-1, 2)))

        paragraphs: list[str] = []
        lead = self.sentence(story.type, outcome, s)
        place = story.fixed.get("_t", story.fixed.get("_p", country))["capital"]
        if style == "wire":
            lead = f"{place.upper()}, {day_month(pub, order)} ({outlet['tag']}) - {lead}"
        elif style == "state":
            lead = f"{place}, {day_month(pub, order)} ({outlet['tag']}) -- {lead}"
        nominal = self.sentence(story.type, "nom", s)
        used = {nominal}
        paragraphs.append(lead + " " + nominal)
        size = len(paragraphs[0])
        while len(paragraphs) < n_pars or (size < target and len(paragraphs) < 20):
            sentences = []
            for _ in range(rng.randint(1, 6)):
                for _attempt in range(3):
                    roll = rng.random()
                    if roll < 0.08:
                        sentence = self.sentence(story.type, rng.choice(["nom", "nom", outcome]), s)
                    elif roll < 0.5:
                        sentence = self.random_event(pub, order, outlet, country)
                    else:
                        sentence = self.filler(pub, order, outlet, country)
                    if sentence not in used:
                        break
                used.add(sentence)
                sentences.append(sentence)
            if style == "state" and rng.random() < 0.15:
                sentences.append(rng.choice(STATE_PRAISE))
            paragraphs.append(" ".join(sentences))
            size += len(paragraphs[-1]) + 2
            if style == "web" and rng.random() < 0.12:
                paragraphs.append(rng.choice(BOILERPLATE_MID).format_map(s))
        body = "\n\n".join(paragraphs)

        header = ""
        if style == "paper":
            byline = f"By {invented_name(rng, rng.choice(COUNTRIES[:12]))}"
            full = (f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}" if order == "dm"
                    else f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}")
            header = f"{byline}\nPublished {full}\n\n" if rng.random() < 0.85 else f"{byline}\n\n"
        elif style == "web":
            header = rng.choice(BOILERPLATE_TOP).format_map(s) + "\n\n"
            body += "\n\n" + rng.choice(BOILERPLATE_END).format_map(s)
        elif style == "state" and rng.random() < 0.5:
            header = f"{title}\n\n"
        text = header + body

        self.count += 1
        article_id = f"{outlet['tag'].lower()}-{self.count:08d}"
        published = pub.isoformat() if rng.random() >= 0.10 else None
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        if published or rng.random() < 0.5:
            url = f"https://{outlet['domain']}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}-{self.count}"
        else:
            url = f"https://{outlet['domain']}/news/{slug}-{self.count}"
        return {"id": article_id, "published": published, "outlet": outlet["name"], "title": title,
                "url": url, "text": text}


def check_templates() -> None:
    """Fail early if a template uses a slot no maker can fill."""
    formatter = string.Formatter()
    names = set(SLOT_MAKERS)
    pools = [t for kinds in TEMPLATES.values() for ts in kinds.values() for t in ts]
    pools += [t for ts in HEAD_AHEAD.values() for t in ts]
    pools += FILLER + BOILERPLATE_TOP + BOILERPLATE_MID + BOILERPLATE_END
    for template in pools:
        for _, field, _, _ in formatter.parse(template):
            if field is None:
                continue
            base = field.removesuffix("_cap")
            if base not in names and base[:1].lower() + base[1:] not in names:
                raise SystemExit(f"template slot {{{field}}} has no maker: {template!r}")


def write_corpus(path: Path, mb: float, seed: int) -> tuple[int, int]:
    """Write articles to `path` until it holds `mb` MiB; return (articles, bytes)."""
    check_templates()
    gen = Generator(seed)
    limit = int(mb * MIB)
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        while written < limit:
            line = json.dumps(gen.article(), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    return gen.count, written


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, write the corpus and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=200, help="size to write, in MiB (default 200)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output .jsonl file")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    count, size = write_corpus(args.output, args.mb, args.seed)
    took = time.perf_counter() - start
    print(f"{count} articles, {size / MIB:.1f} MiB written to {args.output} in {took:.1f} s "
          f"({size / MIB / took:.1f} MiB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
