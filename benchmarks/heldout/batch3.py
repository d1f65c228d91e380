"""A third batch of news snippets of our own writing, kept as a MEASURE ONLY held-out set.

Like batch2, these snippets were written with the conventions of tests/corpus (and of
../shared/eval) and never tuned on: do not change the extractor to fit them, and do not quote
their sentences in code or tests. The gold was written before the extractor was run on them.
The batch varies the kinds, the date forms (weekdays, parts of days, "last month", "earlier this
year", "hours later", "the following day", "in the weeks before", ranges, years, holidays), the
publication dates (2019-2026) and the places; a few snippets hold only negated, hypothetical or
generic events. Run it to measure:

    python benchmarks/heldout/batch3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from corpus.snippets import _case, ev, measure, tx

BATCH3 = (
    # ------------------------------------------------------------------ meetings and calls
    _case("b3-hosted-state-house-nairobi", "2023-05-06",
          "Kenyan President William Ruto hosted German Chancellor Olaf Scholz at State House in "
          "Nairobi on Friday for talks on skilled migration and renewable energy.",
          [ev("meeting", "2023-05-05", ["William Ruto", "Olaf Scholz"], "Nairobi",
              triggers=["hosted", "talks"])],
          [tx("Friday", "2023-05-05")]),
    _case("b3-met-last-month-told-reporters", "2023-05-09",
          "Argentine Economy Minister Sergio Massa, who met IMF Managing Director Kristalina "
          "Georgieva in Washington last month, told reporters on Monday that Buenos Aires would "
          "not seek to renegotiate its loan programme.",
          [ev("meeting", "2023-04", ["Sergio Massa", "Kristalina Georgieva"], "Washington",
              triggers=["met"]),
           ev("statement", "2023-05-08", ["Sergio Massa"], triggers=["told reporters", "told"])],
          [tx("last month", "2023-04"), tx("Monday", "2023-05-08")]),
    _case("b3-spoke-by-telephone-thursday-evening", "2025-08-08",
          "Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva "
          "spoke by telephone on Thursday evening and agreed to expand trade between their "
          "countries, which both face steep U.S. tariffs.",
          [ev("call", "2025-08-07TEV", ["Narendra Modi", "Luiz Inacio Lula da Silva"],
              alt=["2025-08-07"], triggers=["spoke by telephone", "spoke"])],
          [tx("Thursday evening", "2025-08-07TEV")]),
    _case("b3-phone-call-following-day-said", "2020-04-03",
          "Saudi Crown Prince Mohammed bin Salman held a phone call with Russian President "
          "Vladimir Putin on Wednesday. The following day, U.S. President Donald Trump said he "
          "expected the two oil producers to agree on deep output cuts.",
          [ev("call", "2020-04-01", ["Mohammed bin Salman", "Vladimir Putin"],
              triggers=["phone call"]),
           ev("statement", "2020-04-02", ["Donald Trump"], triggers=["said"])],
          [tx("Wednesday", "2020-04-01"), tx("The following day", "2020-04-02")]),
    # ------------------------------------------------------------------ visits
    _case("b3-official-visit-range-islamabad-announced", "2019-04-20",
          "Pakistani Prime Minister Imran Khan will pay an official visit to China from April 25 "
          "to 28 to attend the second Belt and Road Forum, the foreign ministry in Islamabad "
          "announced on Friday.",
          [ev("visit", "2019-04-25/2019-04-28", ["Imran Khan"], "China",
              triggers=["official visit", "visit"]),
           ev("announcement", "2019-04-19", ["Pakistan"], triggers=["announced"]),
           ev("summit", None, ["Imran Khan"], triggers=["Belt and Road Forum"], optional=True)],
          [tx("April 25 to 28", "2019-04-25/2019-04-28"), tx("Friday", "2019-04-19")]),
    _case("b3-surprise-trip-while-talks", "2023-03-22",
          "Japanese Prime Minister Fumio Kishida made a surprise trip to Kyiv on Tuesday, while "
          "Chinese President Xi Jinping was holding talks with Russian President Vladimir Putin "
          "in Moscow.",
          [ev("visit", "2023-03-21", ["Fumio Kishida"], "Kyiv", triggers=["trip"]),
           ev("meeting", "2023-03-21", ["Xi Jinping", "Vladimir Putin"], "Moscow",
              triggers=["talks"])],
          [tx("Tuesday", "2023-03-21")]),
    # ------------------------------------------------------------------ summits
    _case("b3-asean-four-day-summit-vientiane", "2024-10-07",
          "ASEAN leaders will open a four-day summit in Vientiane, Laos, on Tuesday, with the "
          "civil war in Myanmar high on the agenda.",
          [ev("summit", "2024-10-08/2024-10-11", ["ASEAN"], "Vientiane", alt=["2024-10-08"],
              triggers=["summit", "open"]),
           ev("military_action", None, ["Myanmar"], "Myanmar", triggers=["civil war", "war"],
              optional=True)],
          [tx("four-day", "P4D"), tx("Tuesday", "2024-10-08")]),
    _case("b3-virtual-summit-three-months-after", "2023-11-22",
          "BRICS leaders held an extraordinary virtual summit on Tuesday on the war in Gaza, "
          "three months after their annual summit in Johannesburg.",
          [ev("summit", "2023-11-21", ["BRICS"], triggers=["summit@0"]),
           ev("summit", "2023-08", ["BRICS"], "Johannesburg", triggers=["summit@1"]),
           ev("military_action", None, [], "Gaza", triggers=["war"])],
          [tx("Tuesday", "2023-11-21"), tx("three months", "P3M"),
           tx("annual", "P1Y", optional=True)]),
    # ------------------------------------------------------------------ negotiations, treaties
    _case("b3-doha-signed-weeks-before", "2020-03-01",
          "The United States and the Taliban signed an agreement in Doha on Saturday that "
          "provides for the withdrawal of foreign troops from Afghanistan within 14 months. The "
          "two sides had negotiated almost daily in the weeks before the ceremony.",
          [ev("treaty_signing", "2020-02-29", ["United States", "Taliban"], "Doha",
              triggers=["signed", "agreement", "ceremony"]),
           ev("negotiation", None, ["United States", "Taliban"], triggers=["negotiated"])],
          [tx("Saturday", "2020-02-29"), tx("14 months", "P14M"),
           tx("almost daily", "P1D", optional=True),
           tx("the weeks before", "2020-02", optional=True)]),
    _case("b3-pretoria-more-than-a-week-of-talks", "2022-11-03",
          "Ethiopia's government and the Tigray People's Liberation Front signed an agreement on "
          "Wednesday to permanently silence the guns, after more than a week of African "
          "Union-led talks in Pretoria, South Africa.",
          [ev("treaty_signing", "2022-11-02", ["Ethiopia", "Tigray People's Liberation Front"],
              triggers=["signed", "agreement"]),
           ev("negotiation", None,
              ["Ethiopia", "Tigray People's Liberation Front", "African Union"], "Pretoria",
              triggers=["talks"])],
          [tx("Wednesday", "2022-11-02"), tx("more than a week", "P1W")]),
    _case("b3-ratified-membership-joined-thursday", "2024-03-08",
          "Hungary's parliament ratified Sweden's NATO membership on Feb. 26, ending months of "
          "delay, and Sweden formally joined the alliance on Thursday.",
          [ev("treaty_signing", "2024-02-26", ["Hungary", "Sweden"], triggers=["ratified"])],
          [tx("Feb. 26", "2024-02-26"), tx("months", "PXM"), tx("Thursday", "2024-03-07")]),
    _case("b3-suspended-obligations-pull-out", "2019-02-03",
          "Russia suspended its obligations under the INF treaty on Saturday, a day after the "
          "United States announced it would pull out of the landmark arms control pact in six "
          "months.",
          [ev("treaty_withdrawal", "2019-02-02", ["Russia"], triggers=["suspended"]),
           ev("announcement", "2019-02-01", ["United States"], triggers=["announced"]),
           ev("treaty_withdrawal", "2019-08", ["United States"], alt=["2019-08-01"],
              triggers=["pull out"])],
          [tx("Saturday", "2019-02-02"), tx("a day", "P1D"), tx("six months", "P6M")]),
    _case("b3-resolution-expired-snapback", "2025-10-19",
          "A U.N. Security Council resolution endorsing the 2015 Iran nuclear deal expired on "
          "Saturday, ten years after it took effect, Tehran said. Britain, France and Germany "
          "maintain that U.N. sanctions reimposed on Iran last month remain in force.",
          [ev("treaty_expiry", "2025-10-18", [], triggers=["expired"]),
           ev("statement", None, ["Iran"], triggers=["said"], optional=True),
           ev("sanction", "2025-09", ["United Nations", "Iran"],
              triggers=["sanctions", "reimposed"]),
           ev("statement", None, ["United Kingdom", "France", "Germany"], triggers=["maintain"],
              optional=True)],
          [tx("2015", "2015"), tx("Saturday", "2025-10-18"), tx("ten years", "P10Y"),
           tx("last month", "2025-09")]),
    _case("b3-renewed-accord-due-to-expire", "2024-10-23",
          "The Vatican and China on Tuesday renewed for another four years a provisional "
          "agreement on the appointment of Catholic bishops, the Holy See said. The accord, first "
          "signed in 2018, had been due to expire this week.",
          [ev("treaty_extension", "2024-10-22", ["Vatican", "China"], triggers=["renewed"]),
           ev("statement", None, ["Vatican"], triggers=["said"], optional=True),
           ev("treaty_signing", "2018", ["Vatican", "China"], triggers=["signed"]),
           ev("treaty_expiry", "2024-W43", [], triggers=["expire"], optional=True)],
          [tx("Tuesday", "2024-10-22"), tx("four years", "P4Y"), tx("2018", "2018"),
           tx("this week", "2024-W43")]),
    _case("b3-signed-in-jakarta-on-march-3", "2026-03-05",
          "Indonesia and the European Union signed a comprehensive economic partnership "
          "agreement in Jakarta on March 3, ending nine years of negotiations.",
          [ev("treaty_signing", "2026-03-03", ["Indonesia", "European Union"], "Jakarta",
              triggers=["signed", "agreement"]),
           ev("negotiation", None, ["Indonesia", "European Union"], triggers=["negotiations"])],
          [tx("March 3", "2026-03-03"), tx("nine years", "P9Y")]),
    # ------------------------------------------------------------------ arms sales
    _case("b3-approved-sale-weeks-before-leaves", "2020-11-11",
          "The U.S. State Department on Tuesday approved a potential $23 billion sale of F-35 "
          "fighter jets, armed drones and munitions to the United Arab Emirates, weeks before "
          "President Donald Trump leaves office.",
          [ev("arms_sale", "2020-11-10", ["United States", "United Arab Emirates"],
              triggers=["sale", "approved"])],
          [tx("Tuesday", "2020-11-10"), tx("weeks", "PXW")]),
    _case("b3-headline-signs-deal-to-buy-missiles", "2022-01-29",
          "Philippines signs $375 million deal to buy BrahMos missiles from India",
          [ev("arms_sale", None, ["Philippines", "India"], triggers=["deal", "buy", "signs"])]),
    # ------------------------------------------------------------------ sanctions
    _case("b3-sanctions-a-day-after-troops", "2022-02-23",
          "Britain imposed sanctions on five Russian banks and three wealthy businessmen on "
          "Tuesday, a day after President Vladimir Putin ordered troops into two breakaway "
          "regions of eastern Ukraine.",
          [ev("sanction", "2022-02-22", ["United Kingdom", "Russia"],
              triggers=["sanctions", "imposed"]),
           ev("military_action", "2022-02-21", ["Vladimir Putin", "Ukraine"], "Ukraine",
              triggers=["ordered"], optional=True)],
          [tx("Tuesday", "2022-02-22"), tx("a day", "P1D")]),
    _case("b3-blacklisted-earlier-this-year", "2019-11-19",
          "Washington, which blacklisted Huawei earlier this year, announced on Monday a further "
          "90-day reprieve for the Chinese company's American suppliers.",
          [ev("sanction", "2019", ["United States", "Huawei"], triggers=["blacklisted"]),
           ev("announcement", "2019-11-18", ["United States"], triggers=["announced"])],
          [tx("earlier this year", "2019"), tx("Monday", "2019-11-18"), tx("90-day", "P90D")]),
    # ------------------------------------------------------------------ military actions
    _case("b3-drones-struck-oil-facilities", "2019-09-15",
          "Drones struck two of Saudi Arabia's most important oil facilities, at Abqaiq and "
          "Khurais, early on Saturday, knocking out about half of the kingdom's crude output. "
          "Yemen's Houthi movement claimed responsibility.",
          [ev("military_action", "2019-09-14", ["Houthis", "Saudi Arabia"],
              triggers=["struck", "Drones"]),
           ev("statement", None, ["Houthis"], triggers=["claimed responsibility", "claimed"],
              optional=True)],
          [tx("early on Saturday", "2019-09-14")]),
    _case("b3-isfahan-strike-april-13", "2024-04-20",
          "Explosions were heard near the Iranian city of Isfahan early on Friday in what U.S. "
          "officials described as a limited Israeli strike. Iran had launched more than 300 "
          "drones and missiles at Israel on April 13.",
          [ev("military_action", "2024-04-19", ["Israel", "Iran"], "Isfahan",
              triggers=["strike"]),
           ev("military_action", "2024-04-13", ["Iran", "Israel"], "Israel",
              triggers=["launched", "drones", "missiles"]),
           ev("statement", "2024-04-19", ["United States"], triggers=["described"],
              optional=True)],
          [tx("early on Friday", "2024-04-19"), tx("April 13", "2024-04-13")]),
    _case("b3-boarded-boats-said-tuesday", "2024-06-19",
          "The Philippines said on Tuesday that Chinese coast guard personnel armed with knives "
          "and axes had boarded two of its navy boats near Second Thomas Shoal on Monday, "
          "injuring several sailors.",
          [ev("statement", "2024-06-18", ["Philippines"], triggers=["said"]),
           ev("military_action", "2024-06-17", ["China", "Philippines"], "Second Thomas Shoal",
              triggers=["boarded"])],
          [tx("Tuesday", "2024-06-18"), tx("Monday", "2024-06-17")]),
    _case("b3-christmas-day-attack", "2024-12-26",
          "Russia launched a massive missile and drone attack on Ukraine's energy system on "
          "Christmas Day, an assault Zelenskiy called deliberately inhumane.",
          [ev("military_action", "2024-12-25", ["Russia", "Ukraine"], "Ukraine",
              triggers=["attack", "launched", "assault", "missile", "drone"]),
           ev("statement", None, ["Volodymyr Zelenskiy"], triggers=["called"], optional=True)],
          [tx("Christmas Day", "2024-12-25")]),
    _case("b3-fired-at-base-hours-later-ceasefire", "2025-06-24",
          "Iran fired missiles at a U.S. air base in Qatar on Monday in retaliation for American "
          "strikes on its nuclear sites. Hours later, President Donald Trump announced a "
          "ceasefire between Israel and Iran.",
          [ev("military_action", "2025-06-23", ["Iran", "United States"], "Qatar",
              triggers=["fired", "missiles"]),
           ev("military_action", None, ["United States", "Iran"], "Iran", triggers=["strikes"]),
           ev("announcement", "2025-06-23", ["Donald Trump"], triggers=["announced"]),
           ev("treaty_signing", "2025-06-23", ["Israel", "Iran"], triggers=["ceasefire"],
              optional=True)],
          [tx("Monday", "2025-06-23"), tx("Hours later", "2025-06-23")]),
    # ------------------------------------------------------------------ parades, commemorations
    _case("b3-republic-day-chief-guest", "2023-01-27",
          "Egyptian President Abdel Fattah al-Sisi was the chief guest at India's Republic Day "
          "parade in New Delhi on Thursday, which showcased the country's military hardware and "
          "cultural diversity.",
          [ev("parade", "2023-01-26", ["Abdel Fattah al-Sisi", "India"], "New Delhi",
              triggers=["parade"])],
          [tx("Republic Day", "2023-01-26", optional=True), tx("Thursday", "2023-01-26")]),
    _case("b3-victory-day-parade-postponed", "2020-06-25",
          "Russia held its Victory Day parade on Red Square on Wednesday, six weeks later than "
          "planned after the coronavirus pandemic forced the authorities to postpone it from "
          "May 9.",
          [ev("parade", "2020-06-24", ["Russia"], "Red Square", triggers=["parade"])],
          [tx("Victory Day", "2020-05-09", optional=True), tx("Wednesday", "2020-06-24"),
           tx("six weeks", "P6W"), tx("May 9", "2020-05-09")]),
    _case("b3-flame-of-remembrance-kigali", "2024-04-08",
          "Rwandan President Paul Kagame lit a flame of remembrance at the Kigali Genocide "
          "Memorial on Sunday, opening a week of events to mark 30 years since the 1994 genocide "
          "against the Tutsi.",
          [ev("commemoration", "2024-04-07", ["Paul Kagame"], "Kigali Genocide Memorial",
              triggers=["lit", "flame of remembrance", "remembrance", "mark"])],
          [tx("Sunday", "2024-04-07"), tx("a week", "P1W"), tx("30 years", "P30Y"),
           tx("1994", "1994")]),
    _case("b3-ceremony-hiroshima-8-15", "2025-08-06",
          "Japanese Prime Minister Shigeru Ishiba joined survivors at a ceremony in Hiroshima on "
          "Wednesday to mark 80 years since the U.S. atomic bombing of the city. They observed a "
          "minute of silence at 8:15 a.m., when the bomb exploded in 1945.",
          [ev("commemoration", "2025-08-06", ["Shigeru Ishiba"], "Hiroshima",
              alt=["2025-08-06T08:15"], triggers=["ceremony", "mark", "silence"]),
           ev("military_action", "1945", ["United States"], "Hiroshima",
              triggers=["bombing", "exploded"], optional=True)],
          [tx("Wednesday", "2025-08-06"), tx("80 years", "P80Y"), tx("a minute", "PT1M"),
           tx("8:15 a.m.", "2025-08-06T08:15"), tx("1945", "1945")]),
    # ------------------------------------------------------------------ elections
    _case("b3-first-round-forcing-runoff", "2022-10-03",
          "Former President Luiz Inacio Lula da Silva finished ahead of incumbent Jair Bolsonaro "
          "in Brazil's presidential election on Sunday but fell short of an outright majority, "
          "forcing a runoff on Oct. 30.",
          [ev("election", "2022-10-02",
              ["Luiz Inacio Lula da Silva", "Jair Bolsonaro", "Brazil"], triggers=["election"]),
           ev("election", "2022-10-30",
              ["Luiz Inacio Lula da Silva", "Jair Bolsonaro", "Brazil"], triggers=["runoff"])],
          [tx("Sunday", "2022-10-02"), tx("Oct. 30", "2022-10-30")]),
    _case("b3-referendum-quarter-century", "2023-10-15",
          "Australians on Saturday rejected a proposal to create an Indigenous advisory body to "
          "parliament, in the country's first referendum in almost a quarter of a century.",
          [ev("election", "2023-10-14", ["Australia"], triggers=["referendum", "rejected"])],
          [tx("Saturday", "2023-10-14"), tx("almost a quarter of a century", "P25Y")]),
    # ------------------------------------------------------------------ statements, announcements
    _case("b3-bloc-said-standby-force", "2023-08-11",
          "The West African bloc ECOWAS said on Thursday it had ordered the activation of a "
          "standby force to restore constitutional order in Niger, two weeks after soldiers "
          "overthrew President Mohamed Bazoum.",
          [ev("statement", "2023-08-10", ["ECOWAS"], triggers=["said"]),
           ev("military_action", "2023-07-27", ["Mohamed Bazoum"], "Niger",
              triggers=["overthrew"], optional=True)],
          [tx("Thursday", "2023-08-10"), tx("two weeks", "P2W")]),
    _case("b3-unveiled-cabinet-before-taking-office", "2026-01-14",
          "Chilean President-elect José Antonio Kast unveiled his cabinet on Tuesday, two months "
          "before he is due to take office on March 11.",
          [ev("announcement", "2026-01-13", ["José Antonio Kast"], triggers=["unveiled"])],
          [tx("Tuesday", "2026-01-13"), tx("two months", "P2M"), tx("March 11", "2026-03-11")]),
    _case("b3-pledged-by-video-link-tunis", "2022-08-28",
          "Japanese Prime Minister Fumio Kishida pledged $30 billion in public and private "
          "funding for Africa over three years as he opened the TICAD development conference in "
          "Tunis by video link on Saturday.",
          [ev("announcement", "2022-08-27", ["Fumio Kishida"], triggers=["pledged"]),
           ev("summit", "2022-08-27", ["Fumio Kishida"], "Tunis",
              triggers=["TICAD", "conference", "video link", "opened"], optional=True)],
          [tx("three years", "P3Y"), tx("Saturday", "2022-08-27")]),
    # ------------------------------------------------------------------ periods
    _case("b3-plan-adopted-at-congress", "2026-01-24",
          "Vietnam's Communist Party adopted a five-year development plan for 2026-2030 on Friday "
          "at the close of its national congress in Hanoi.",
          [ev("period", "2026/2030", ["Vietnam"], triggers=["plan"]),
           ev("meeting", "2026-01-23", ["Vietnam"], "Hanoi", triggers=["congress"],
              optional=True)],
          [tx("five-year", "P5Y", optional=True), tx("2026-2030", "2026/2030"),
           tx("Friday", "2026-01-23")]),
    _case("b3-rotating-presidency-until-dec-31", "2024-07-02",
          "Hungary took over the rotating presidency of the Council of the European Union on "
          "Monday, a six-month term that runs until Dec. 31.",
          [ev("period", "2024-07-01/2024-12-31", ["Hungary"], triggers=["presidency", "term"])],
          [tx("Monday", "2024-07-01"), tx("six-month", "P6M"), tx("Dec. 31", "2024-12-31")]),
    # ------------------------------------------------------------------ negatives
    _case("b3-neg-sale-would-need-approval", "2023-01-20",
          "Any sale of F-16 fighter jets to Turkey would need the approval of the U.S. Congress, "
          "where several senators oppose it."),
    _case("b3-neg-did-not-meet-friday", "2021-06-14",
          "Contrary to earlier reports, the Serbian and Kosovar leaders did not meet in Brussels "
          "on Friday.",
          timexes=[tx("Friday", "2021-06-11")]),
    _case("b3-neg-generic-expire-extend", "2021-05-20",
          "Arms control treaties of this kind usually expire after ten years unless both sides "
          "agree to extend them.",
          timexes=[tx("ten years", "P10Y")]),
    _case("b3-neg-visit-called-off", "2019-07-24",
          "A visit to Seoul by Japan's foreign minister that had been planned for next week has "
          "been called off, officials in Tokyo said.",
          [ev("statement", None, ["Japan"], triggers=["said"], optional=True)],
          [tx("next week", "2019-W31")]),
    _case("b3-neg-denied-agreed-to-sell", "2022-11-15",
          "South Korea's defence ministry on Monday denied a report that Seoul had agreed to sell "
          "artillery shells to the United States for use in Ukraine.",
          [ev("statement", "2022-11-14", ["South Korea"], triggers=["denied"])],
          [tx("Monday", "2022-11-14")]),
)

if __name__ == "__main__":
    total, passed = measure(BATCH3)
    print(total.summary(), "passed", passed, "/", len(BATCH3))
