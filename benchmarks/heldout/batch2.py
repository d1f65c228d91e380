"""A second batch of news snippets of our own writing, kept as a MEASURE ONLY held-out set.

The first corpus (tests/corpus) was used to tune the extractor, so its figures overstate quality
on unseen text. This batch was written with the same conventions and never tuned on: do not
change the extractor to fit it, and do not quote its sentences in code. Run it to measure:

    python benchmarks/heldout/batch2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from corpus.snippets import _case, ev, measure, tx

BATCH2 = (
    _case("b2-hosted-jeddah-day-before-talks", "2025-03-11",
          "Saudi Crown Prince Mohammed bin Salman hosted Ukrainian President Volodymyr Zelenskiy"
          " in Jeddah on Monday, a day before talks between U.S. and Ukrainian officials in the"
          " Red Sea city.",
          [ev("meeting", "2025-03-10", ["Mohammed bin Salman", "Volodymyr Zelenskiy"], "Jeddah",
              triggers=["hosted"]),
           ev("negotiation", "2025-03-11", ["United States", "Ukraine"], "Jeddah",
              triggers=["talks"])],
          [tx("Monday", "2025-03-10"), tx("a day", "P1D")]),
    _case("b2-premier-counterpart-canberra", "2024-06-17",
          "Chinese Premier Li Qiang held talks with his Australian counterpart Anthony Albanese in "
          "Canberra on Monday, the first visit to Australia by a Chinese premier in seven years.",
          [ev("meeting", "2024-06-17", ["Li Qiang", "Anthony Albanese"], "Canberra",
              triggers=["talks"]),
           ev("visit", "2024-06-17", ["Li Qiang"], "Australia", triggers=["visit"])],
          [tx("Monday", "2024-06-17"), tx("seven years", "P7Y")]),
    _case("b2-missiles-tuesday-night", "2024-10-02",
          "Iran fired about 180 ballistic missiles at Israel on Tuesday night.",
          [ev("military_action", "2024-10-01TNI", ["Iran", "Israel"], "Israel",
              alt=["2024-10-01"], triggers=["fired"])],
          [tx("Tuesday night", "2024-10-01TNI")]),
    _case("b2-next-week-state-visit", "2023-03-31",
          "French President Emmanuel Macron will travel to China next week for a three-day state "
          "visit, the Elysee said on Friday.",
          [ev("visit", "2023-W14", ["Emmanuel Macron"], "China",
              triggers=["travel", "state visit"]),
           ev("statement", "2023-03-31", ["France"], triggers=["said"], optional=True)],
          [tx("next week", "2023-W14"), tx("three-day", "P3D"), tx("Friday", "2023-03-31")]),
    _case("b2-elected-two-months-after", "2025-06-04",
          "Voters in South Korea elected Lee Jae-myung as president on Tuesday, two months after "
          "the Constitutional Court removed his predecessor from office.",
          [ev("election", "2025-06-03", ["Lee Jae-myung", "South Korea"], triggers=["elected"])],
          [tx("Tuesday", "2025-06-03"), tx("two months", "P2M")]),
    _case("b2-fta-after-years-of-negotiations", "2025-07-26",
          "Britain and India signed a free trade agreement in London on July 24 after three years "
          "of negotiations.",
          [ev("treaty_signing", "2025-07-24", ["United Kingdom", "India"], "London",
              triggers=["signed"]),
           ev("negotiation", None, ["United Kingdom", "India"], triggers=["negotiations"])],
          [tx("July 24", "2025-07-24"), tx("three years", "P3Y")]),
    _case("b2-japan-sanctions-friday", "2024-01-13",
          "Japan on Friday imposed new sanctions on Russia, freezing the assets of 11 individuals "
          "and banning exports to 29 entities.",
          [ev("sanction", "2024-01-12", ["Japan", "Russia"], triggers=["sanctions", "imposed"])],
          [tx("Friday", "2024-01-12")]),
    _case("b2-truce-extended-qatar-said", "2023-11-27",
          "Hamas and Israel agreed to extend their truce by two days, Qatar's foreign ministry "
          "said on Monday.",
          [ev("treaty_extension", "2023-11-27", ["Hamas", "Israel"], triggers=["extend"]),
           ev("statement", "2023-11-27", ["Qatar"], triggers=["said"])],
          [tx("two days", "P2D"), tx("Monday", "2023-11-27")]),
    _case("b2-strikes-in-retaliation", "2025-05-12",
          "Pakistan launched missile strikes on India on May 10 in retaliation for Indian attacks "
          "on its air bases, the military said.",
          [ev("military_action", "2025-05-10", ["Pakistan", "India"], "India",
              triggers=["strikes", "launched"]),
           ev("military_action", None, ["India", "Pakistan"], "Pakistan", triggers=["attacks"]),
           ev("statement", None, ["Pakistan"], triggers=["said"], optional=True)],
          [tx("May 10", "2025-05-10")]),
    _case("b2-cop30-november", "2025-03-15",
          "Brazil hosts the COP30 climate summit in Belem in November.",
          [ev("summit", "2025-11", ["Brazil"], "Belem", triggers=["summit", "hosts"])],
          [tx("November", "2025-11")]),
    _case("b2-emperor-state-visit", "2024-06-26",
          "Japan's Emperor Naruhito and Empress Masako began a state visit to Britain on Tuesday.",
          [ev("visit", "2024-06-25", ["Naruhito", "Masako"], "United Kingdom",
              triggers=["state visit"])],
          [tx("Tuesday", "2024-06-25")]),
    _case("b2-nato-75th-ceremony", "2024-04-05",
          "NATO allies marked the alliance's 75th anniversary at a ceremony in Brussels on "
          "Thursday.",
          [ev("commemoration", "2024-04-04", ["NATO"], "Brussels",
              triggers=["marked", "anniversary", "ceremony"])],
          [tx("Thursday", "2024-04-04")]),
    _case("b2-bastille-day-parade", "2024-07-15",
          "Thousands of troops marched down the Champs-Elysees in Paris on Sunday in the annual "
          "Bastille Day military parade.",
          [ev("parade", "2024-07-14", [], "Paris", triggers=["parade", "marched"])],
          [tx("Sunday", "2024-07-14"), tx("Bastille Day", "2024-07-14"),
           tx("annual", "P1Y", optional=True)]),
    _case("b2-air-force-one-said", "2025-02-10",
          "Speaking to reporters on Air Force One late on Sunday, Trump said he would announce new "
          "tariffs on Monday.",
          [ev("statement", "2025-02-09", ["Donald Trump"], triggers=["said", "Speaking"]),
           ev("announcement", "2025-02-10", ["Donald Trump"], triggers=["announce"])],
          [tx("Sunday", "2025-02-09"), tx("Monday", "2025-02-10")]),
    _case("b2-kremlin-confirmed-summit", "2024-09-04",
          "The Kremlin confirmed on Wednesday that Putin would attend a BRICS summit in Kazan in "
          "October.",
          [ev("statement", "2024-09-04", ["Russia"], triggers=["confirmed"]),
           ev("summit", "2024-10", ["Vladimir Putin", "BRICS"], "Kazan", triggers=["summit"])],
          [tx("Wednesday", "2024-09-04"), tx("October", "2024-10")]),
    _case("b2-term-ran-from-to", "2025-01-10",
          "Andres Manuel Lopez Obrador's six-year term ran from 2018 to 2024.",
          [ev("period", "2018/2024", ["Andres Manuel Lopez Obrador"], triggers=["term"])],
          [tx("six-year", "P6Y"), tx("2018 to 2024", "2018/2024")]),
    _case("b2-agreed-to-sell-jets", "2024-01-11",
          "Germany agreed on Wednesday to sell Eurofighter jets to Saudi Arabia, lifting a "
          "long-standing freeze.",
          [ev("arms_sale", "2024-01-10", ["Germany", "Saudi Arabia"], triggers=["sell"])],
          [tx("Wednesday", "2024-01-10")]),
    _case("b2-defence-chiefs-singapore", "2024-06-01",
          "U.S. Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in Singapore "
          "on May 31, their first face-to-face talks in 18 months.",
          [ev("meeting", "2024-05-31", ["Lloyd Austin", "Dong Jun"], "Singapore",
              triggers=["met", "talks"])],
          [tx("May 31", "2024-05-31"), tx("18 months", "P18M")]),
    _case("b2-speaking-news-conference", "2024-08-05",
          "Speaking at a news conference in Kyiv on Sunday, Zelenskiy said Ukraine had received "
          "its first F-16 fighter jets.",
          [ev("statement", "2024-08-04", ["Volodymyr Zelenskiy"], "Kyiv",
              triggers=["said", "Speaking", "news conference"])],
          [tx("Sunday", "2024-08-04")]),
    _case("b2-chinooks-egypt", "2024-03-02",
          "The State Department on Friday approved the potential sale of 12 CH-47F Chinook "
          "helicopters to Egypt for an estimated $2.6 billion.",
          [ev("arms_sale", "2024-03-01", ["United States", "Egypt"], triggers=["sale"])],
          [tx("Friday", "2024-03-01")]),
    _case("b2-flew-to-three-way-summit", "2024-04-11",
          "Philippine President Ferdinand Marcos Jr. flew to Washington on Wednesday for a "
          "three-way summit with President Joe Biden and Japanese Prime Minister Fumio Kishida.",
          [ev("visit", "2024-04-10", ["Ferdinand Marcos Jr."], "Washington", triggers=["flew"]),
           ev("summit", None, ["Ferdinand Marcos Jr.", "Joe Biden", "Fumio Kishida"],
              triggers=["summit"])],
          [tx("Wednesday", "2024-04-10")]),
    _case("b2-parliament-elected-second-term", "2024-06-15",
          "South Africa's parliament elected Cyril Ramaphosa for a second term as president on "
          "Friday, two weeks after an election in which his ANC lost its majority.",
          [ev("election", "2024-06-14", ["Cyril Ramaphosa", "South Africa"],
              triggers=["elected"]),
           ev("election", None, ["South Africa"], triggers=["election"], optional=True),
           ev("period", None, ["Cyril Ramaphosa"], triggers=["term"], optional=True)],
          [tx("Friday", "2024-06-14"), tx("two weeks", "P2W")]),
    _case("b2-g20-opened-rio", "2024-11-18",
          "The Group of 20 summit opened in Rio de Janeiro on Monday with a pledge to fight "
          "hunger.",
          [ev("summit", "2024-11-18", ["G20"], "Rio de Janeiro", triggers=["summit", "opened"])],
          [tx("Monday", "2024-11-18")]),
    _case("b2-neg-no-contact-for-months", "2025-01-20",
          "There has been no contact between the two leaders for months.",
          timexes=[tx("months", "PXM")]),
    _case("b2-lula-victory-day-parade", "2025-05-10",
          "Brazilian President Luiz Inacio Lula da Silva attended Russia's Victory Day parade in "
          "Moscow on Friday.",
          [ev("parade", "2025-05-09", ["Luiz Inacio Lula da Silva", "Russia"], "Moscow",
              triggers=["parade"])],
          [tx("Victory Day", "2025-05-09"), tx("Friday", "2025-05-09")]),
    _case("b2-annexed-crimea-ten-years", "2024-03-18",
          "Ten years after Russia annexed Crimea in March 2014, the peninsula remains heavily "
          "militarised.",
          [ev("military_action", "2014-03", ["Russia", "Ukraine"], "Crimea",
              triggers=["annexed"])],
          [tx("Ten years", "P10Y"), tx("March 2014", "2014-03")]),
    _case("b2-troops-clashed-last-december", "2023-03-10",
          "Chinese and Indian troops clashed along their disputed Himalayan border last December.",
          [ev("military_action", "2022-12", ["China", "India"], triggers=["clashed"])],
          [tx("last December", "2022-12")]),
    _case("b2-neg-no-date-proposed", "2025-04-01",
          "Neither side has proposed a date for new talks."),
    _case("b2-neg-used-to-hold-summits", "2024-02-01",
          "Summits between the two countries used to be held every year.",
          timexes=[tx("every year", "P1Y", optional=True)]),
    _case("b2-neg-call-possible", "2025-02-03",
          "A call between the leaders is possible but has not been scheduled."),
)

if __name__ == "__main__":
    total, passed = measure(BATCH2)
    print(total.summary(), "passed", passed, "/", len(BATCH2))
