#!/usr/bin/env python3
"""Made-up reports of other agencies as web pages in the style of ../shared/corpus/html (caption,
two-level <thead> with &nbsp; in empty cells, row markers), with the truth of every table cell.

    python3 scripts/synth_report.py NAME DIR   ->  DIR/page.html, DIR/truth.tsv (table, label, col, raw)

scripts/render_synth.sh renders the pages with the converters users run; tests/synthetic_reports.rs
reads the renderings back and compares every cell with the truth. Labels, years and number styles
(`98 560`, `(1.200)`, `– 2 783`, `p.m.`, `-`, a `Verschil` or `Mutatie` column with no year, a unit
column) differ from the seeds on purpose. A `Noot` column holds the rows' footnote marks
(truth column `note`); `notes` are the lines printed under a table."""
import html, os, sys
NB = "&nbsp;"
REPORTS = {}
REPORTS["rdw"] = dict(title="Jaarverslag 2022 Rijksdienst voor Wegverkeer", intro='<h2>4 Bedrijfsvoering</h2><p>De baten stegen in 2022 met € 2,7 mln. tot € 113,3 mln. Het saldo van baten en lasten is negatief (€ 2,8 mln.).</p>', tables=[
  dict(caption="Tabel 4.2 Staat van baten en lasten Rijksdienst voor Wegverkeer (bedragen x € 1.000)",
       phases=[("Realisatie",2),("Vastgestelde begroting",1),("Verschil",1)],
       years=["2021","2022","2022",""],
       rows=[
        ("Baten", None, []),
        ("Opbrengst moederdepartement", None, ["98 560","101 200","99 000","2 200"]),
        ("Opbrengst overige departementen", None, ["12 133","12 145","(1.200)","13 345"]),
        ("Opbrengst derden", None, ["p.m.","0","p.m.","0"]),
        ("Totaal baten", None, ["110 693","113 345","97 800","15 545"]),
        ("Lasten", None, []),
        ("Apparaatskosten", None, ["109 893","116 128","97 800","18 328"]),
        ("personele kosten", "–", ["60 210","63 001","55 000","8 001"]),
        ("waarvan eigen personeel", "–", ["50 100","52 000","-","52 000"]),
        ("materiële kosten", "–", ["49 683","53 127","42 800","10 327"]),
        ("Totaal lasten", None, ["109 893","116 128","97 800","18 328"]),
        ("Saldo van baten en lasten", None, ["800","– 2 783","0","– 2 783"]),
       ]),
  dict(caption="Tabel 4.3 Kengetallen",
       phases=[("Realisatie",3),("Begroting",1)],
       years=["2020","2021","2022","2022"],
       rows=[
        ("Kostprijs per kenteken (€)", None, ["€ 12,40","€ 12,95","€ 13,10","€ 12,50"]),
        ("Bezettingsgraad (%)", None, ["91%","88,5%","90%","92%"]),
        ("Aantal fte", None, ["1.912","1.984","2.035","1.950"]),
        ("Klanttevredenheid", None, ["7,8","nvt","7,6","7,5"]),
        ("Audit uitgevoerd", None, ["ja","nee","ja","ja"]),
       ]),
]
)
REPORTS["duo"] = dict(title="Slotwet 2023 Dienst Uitvoering Onderwijs", intro='<h2>3 Financiën</h2><p>De kasstroom uit operationele activiteiten was € 14,5 mln. In 2023 is 48 procent van de aanvragen binnen vijf werkdagen afgehandeld.</p>', tables=[
  dict(caption="Tabel 7 Kasstroomoverzicht (bedragen x € 1.000)",
       phases=[("Realisatie 2022",1),("Begroting 2023",1),("Realisatie 2023",1),("Mutatie",1)],
       years=None,
       rows=[
        ("Rekening-courant RHB 1 januari", "1.", ["20.687","15.000","18.204","3.204"]),
        ("Totaal operationele kasstroom", "2.", ["14.500","9.800","14.512","4.712"]),
        ("Totaal investeringen (-/-)", None, ["(6.031)","(5.000)","(7.250)","(2.250)"]),
        ("Totaal boekwaarde desinvesteringen (+)", None, ["0","p.m.","120","120"]),
        ("Totaal investeringskasstroom", "3.", ["(6.031)","(5.000)","(7.130)","(2.130)"]),
        ("Eenmalige uitkering aan moederdepartement (-/-)", None, ["0","0","0","0"]),
        ("Aflossingen op leningen (-/-)", None, ["(1.469)","(1.381)","(1.381)","0"]),
        ("Beroep op leenfaciliteit (+)", None, ["370","5.000","2.500","(2.500)"]),
        ("Totaal financieringskasstroom", "4.", ["(1.099)","3.619","1.119","(2.500)"]),
        ("Rekening-courant RHB 31 december", "5.", ["28.057","23.419","26.705","3.286"]),
       ]),
  dict(caption="Tabel 8 Doelmatigheid",
       phases=[("Eenheid",1),("2021",1),("2022",1),("2023",1),("Streefwaarde 2023",1)],
       years=None,
       rows=[
        ("Aantal aanvragen studiefinanciering", None, ["aantal","812 400","798 350","805 120","800 000"]),
        ("Tijdig afgehandeld", None, ["%","96,1%","95,4%","97,0%","95%"]),
        ("Kosten per aanvraag", None, ["€","€ 18,20","€ 19,05","€ 18,75","€ 19,00"]),
        ("Klachten gegrond", None, ["aantal","1.204","988","1.015","< 1.100"]),
        ("Fte totaal", None, ["fte","2.310,5","2.402,0","2.455,3","2.400"]),
       ]),
])
REPORTS["cbr"] = dict(title="Jaarverslag 2023 Centraal Bureau Rijvaardigheidsbewijzen", intro='<h2>5 Financieel beeld</h2><p>De apparaatsuitgaven kwamen uit op € 12,5 mln., € 0,8 mln. lager dan begroot. Er werden 1,2 miljoen examens afgenomen.</p>', tables=[
  dict(caption="Tabel 2 Apparaatsuitgaven (bedragen in € mln)",
       phases=[("Realisatie 2022",1),("Stand slotwet 2023",1),("Ontwerpbegroting 2024",1)],
       years=None,
       rows=[
        ("Personeel", None, ["8,4","8,9","9,1"]),
        ("Materieel", None, ["4,9","3,6","-0,8"]),
        ("Afschrijvingen", None, ["0,0","–1,2","0,4"]),
        ("Totaal apparaatsuitgaven", None, ["13,3","11,3","8,7"]),
       ]),
  dict(caption="Tabel 3 Examens (aantallen x 1.000)",
       phases=[("Schooljaar",3)],
       years=["2020/2021","2021/2022","2022/2023"],
       rows=[
        ("Theorie-examens", None, ["1.204,5","1.180,2","1.222,0"]),
        ("Praktijkexamens auto", None, ["512,3","498,7","530,1"]),
        ("Praktijkexamens motor", None, ["41,0","39,8","n.b."]),
       ]),
])
REPORTS["rvo"] = dict(title="Ontwerpbegroting 2024 Rijksdienst voor Ondernemend Nederland", intro='<h2>2 Meerjarige raming</h2><p>De totale baten dalen van € 1,23 mld. in 2023 naar € 1,19 mld. in 2027. Het aantal fte neemt met 3,5 procent af.</p>', tables=[
  dict(caption="Tabel 2.1 Meerjarenraming baten en lasten",
       stub="Bedragen x € 1.000",
       phases=None,
       years=["2023","2024*","2025","2026","2027"],
       rows=[
        ("Baten", None, []),
        ("Opbrengst moederdepartement¹", None, ["1 012 345","998 210","985 000","970 400","962 100"]),
        ("Opbrengst overige departementen", None, ["210 560","205 000","200 000","195 000","190 000"]),
        ("waarvan:", None, []),
        ("EZK", "-", ["150 000","148 000","146 000","144 000","142 000"]),
        ("LNV", "-", ["60 560","57 000","54 000","51 000","48 000"]),
        ("Rentebaten", None, ["-","–","0","0","0"]),
        ("Totaal baten", None, ["1 222 905","1 203 210","1 185 000","1 165 400","1 152 100"]),
       ]),
])
REPORTS["rws"] = dict(title="Jaarverslag 2024 Rijkswaterstaat", intro='<h2>3 Prestaties</h2><p>De beschikbaarheid van het hoofdwegennet was 97,9 procent, boven de norm van 97 procent. De lasten voor beheer en onderhoud waren € 1.204,5 miljoen.</p>', tables=[
  dict(caption="Tabel 3.1 Beschikbaarheid netwerken",
       phases=[("Norm",1),("Realisatie",3)],
       years=["2024","2022","2023","2024"],
       rows=[
        ("Hoofdwegennet", None, ["≥ 97%","97,2%","97,6%","97,9%"]),
        ("Hoofdvaarwegennet", None, ["≥ 99%","99,1 %","98,7 %","99,3 %"]),
        ("Hoofdwatersysteem (waterkeringen op orde)", None, ["100%","n.v.t.","96%","98%"]),
        ("Tevredenheid gebruikers (rapportcijfer)", None, ["7,0","7,1","6,9","7,2"]),
       ]),
  dict(caption="Tabel 3.4 Baten en lasten (x € 1 mln)",
       phases=[("Oorspronkelijk vastgestelde begroting",1),("Realisatie",1),("Verschil realisatie en begroting",1)],
       years=["2024 (1)","2024 (2)","(3)=(2)-(1)"],
       rows=[
        ("Baten", None, []),
        ("Bijdrage Infrastructuurfonds voor beheer, onderhoud en vervanging", None, ["1.180,0","1.204,5","24,5"]),
        ("Bijdrage moederdepartement", None, ["412,3","398,1","(14,2)"]),
        ("Overige baten", None, ["–","12,6","12,6"]),
        ("Totaal baten", None, ["1.592,3","1.615,2","22,9"]),
        ("Lasten", None, []),
        ("Personeel", "*", ["702,4","715,0","12,6"]),
        ("Materieel", "*", ["880,1","905,7","25,6"]),
        ("Rentelasten", "*", ["0,0","0,0","0,0"]),
        ("Totaal lasten", None, ["1.582,5","1.620,7","38,2"]),
        ("Saldo", None, ["9,8","(5,5)","(15,3)"]),
       ]),
])
REPORTS["ind"] = dict(title="Jaarverslag 2023 Immigratie- en Naturalisatiedienst", intro='<h2>2 Resultaten</h2><p>De IND nam in 2023 ruim 112\u00a0000 beslissingen op asielaanvragen. Het aantal medewerkers steeg met 320 fte tot 6\u00a0410 fte.</p>', tables=[
  dict(caption="Tabel 2 Productie en doorlooptijden",
       stub="Product",
       phases=None,
       years=["2021","2022","2023"],
       rows=[
        ("Beslissingen asiel (aantal)", None, ["56\u00a0210","84\u00a0750","112\u00a0030"]),
        ("Beslissingen regulier (aantal)", None, ["402\u00a0118","433\u00a0905","451\u00a0300"]),
        ("Gemiddelde doorlooptijd asiel (dagen)", None, ["182","241","305"]),
        ("Binnen de wettelijke termijn (%)", None, ["68","59","47"]),
        ("Bezwaren gegrond", None, ["11,2%","12,0%","–"]),
       ]),
  dict(caption="Tabel 5 Personeel (ultimo jaar)",
       phases=[("2022",1),("2023",1),("Mutatie",1)],
       years=None,
       rows=[
        ("Interne medewerkers (fte)", None, ["5\u00a0210","5\u00a0590","380"]),
        ("Externe inhuur (fte)", None, ["880","820","– 60"]),
        ("Totaal (fte)", None, ["6\u00a0090","6\u00a0410","320"]),
        ("Ziekteverzuim", None, ["6,1%","5,8%","-0,3%"]),
       ]),
])
REPORTS["ienw"] = dict(title="Vaststelling van de begrotingsstaat van het Ministerie van Infrastructuur en Waterstaat voor het jaar 2025", intro='<h2>Artikel 11 Integraal waterbeleid</h2><p>De uitgaven op dit artikel stijgen in 2025 met € 12,3 miljoen.</p>', tables=[
  dict(caption="Tabel 11.1 Budgettaire gevolgen van beleid artikel 11 Integraal waterbeleid (bedragen x € 1.000)",
       phases=None,
       stub="Omschrijving",
       years=["2023","2024","2025","2026","2027","2028","2029"],
       rows=[
        ("Verplichtingen", None, ["98 560","101 200","112 305","99 870","97 010","96 400","96 400"]),
        ("Uitgaven", None, ["96 118","100 950","113 250","101 002","98 500","97 120","97 120"]),
        ("Programma-uitgaven", None, ["84 020","88 700","100 800","88 400","85 900","84 500","84 500"]),
        ("waarvan juridisch verplicht", None, ["","","87%","","","",""]),
        ("Subsidies (regelingen)", "-", ["12 400","13 100","15 600","12 000","11 500","11 000","11 000"]),
        ("Opdrachten", "-", ["46 320","48 900","55 700","49 900","48 600","48 000","48 000"]),
        ("Bijdrage aan agentschappen", "-", ["25 300","26 700","29 500","26 500","25 800","25 500","25 500"]),
        ("Apparaatsuitgaven", None, ["12 098","12 250","12 450","12 602","12 600","12 620","12 620"]),
        ("Ontvangsten", None, ["3 400","– 1 200","0","p.m.","p.m.","p.m.","p.m."]),
       ]),
])
REPORTS["bd"] = dict(title="Jaarverslag 2024 Belastingdienst", intro='<h2>6 Bedrijfsvoering</h2><p>De uitgaven waren € 3,41 mld., € 87 mln. hoger dan begroot. De bereikbaarheid van de BelTelefoon steeg naar 83 procent.</p>', tables=[
  dict(caption="Tabel 6.1 Budgettaire gevolgen van beleid (bedragen x € 1 miljoen)",
       phases=[("Realisatie",4),("Vastgestelde begroting",1),("Verschil",1)],
       years=["2021","2022","2023","2024","2024","2024"],
       rows=[
        ("Verplichtingen", None, ["3.102,4","3.250,9","3.377,0","3.498,6","3.411,2","87,4"]),
        ("Uitgaven", None, ["3.087,1","3.244,6","3.360,3","3.410,5","3.323,8","86,7"]),
        ("Personeel", "-", ["2.104,3","2.188,0","2.265,7","2.301,9","2.250,0","51,9"]),
        ("Materieel", "-", ["618,2","650,8","671,1","684,0","690,5","\u22126,5"]),
        ("ICT", "-", ["364,6","405,8","423,5","424,6","383,3","41,3"]),
        ("Ontvangsten", None, ["41,8","39,2","44,0","36,1","40,0","\u22123,9"]),
       ]),
  dict(caption="Tabel 6.4 Kengetallen dienstverlening",
       phases=[("Realisatie",3),("Streefwaarde",1)],
       years=["2022","2023","2024","2024"],
       rows=[
        ("Bereikbaarheid BelTelefoon (%)", None, ["78","81","83","\u2265 80"]),
        ("Aangiften inkomstenbelasting (x 1 mln)", None, ["11,9","12,1","12,4","n.v.t."]),
        ("Gemiddelde wachttijd (seconden)", None, ["245","210","198","< 240"]),
        ("Bezwaren binnen termijn afgehandeld", None, ["88,7%","90,2%","91,5%","90%"]),
       ]),
])
REPORTS["kad"] = dict(title="Eerste viermaandsrapportage 2024 Kadaster", intro='<h2>1 Productie</h2><p>In de eerste vier maanden van 2024 zijn 398.150 hypotheken ingeschreven, 3,4 procent minder dan een jaar eerder.</p>', tables=[
  dict(caption="Tabel 1 Productie januari tot en met april",
       stub="Product",
       phases=None,
       years=["jan-apr 2023","jan-apr 2024","Verschil (%)"],
       rows=[
        ("Ingeschreven hypotheken", None, ["412.300","398.150","-3,4%"]),
        ("Ingeschreven transporten", None, ["71.045","72.540","+2,1%"]),
        ("Kadastrale recherches", None, ["5.812.400","6.001.250","+3,2%"]),
        ("Splitsingen", None, ["1.204","1.179","-2,1%"]),
       ]),
  dict(caption="Tabel 2 Financieel resultaat (bedragen x € 1.000)",
       phases=[("Begroting 2024",1),("Realisatie t/m april",1),("Prognose 2024",1)],
       years=None,
       rows=[
        ("Omzet", None, ["318.400","104.950","321.000"]),
        ("Personele kosten", None, ["(190.250)","(63.800)","(191.500)"]),
        ("Overige kosten", None, ["(129.400)","(42.400)","(130.750)"]),
        ("Resultaat", None, ["(1.250)","(1.250)","(1.250)"]),
       ]),
])
REPORTS["nvwa"] = dict(title="Jaarverslag 2023 Nederlandse Voedsel- en Warenautoriteit", intro='<h2>3 Agentschap</h2><p>Het saldo van baten en lasten was € 4,1 mln. negatief. De NVWA voerde 48.200 inspecties uit.</p>', tables=[
  dict(caption="Tabel 3.5 Staat van baten en lasten agentschap NVWA (bedragen x € 1.000)",
       phases=[("Vastgestelde begroting",1),("Realisatie",1),("Verschil",1),("Realisatie",1)],
       years=["2023","2023","2023","2022"],
       rows=[
        ("1. Baten", None, []),
        ("1.1 Opbrengst moederdepartement", None, ["248.410","251.902","3.492","236.115"]),
        ("1.2 Opbrengst overige departementen", None, ["61.200","58.734","\u2013 2.466","60.008"]),
        ("1.3 Opbrengst retributies", None, ["104.500","109.861","5.361","101.372"]),
        ("1.4 Rentebaten", None, ["0","12","12","0"]),
        ("Totaal baten", None, ["414.110","420.509","6.399","397.495"]),
        ("2. Lasten", None, []),
        ("2.1 Personele kosten", None, ["301.840","309.517","7.677","287.934"]),
        ("2.2 Materi\u00eble kosten", None, ["108.270","111.021","2.751","104.668"]),
        ("2.3 Afschrijvingskosten", None, ["4.000","4.071","71","3.812"]),
        ("Totaal lasten", None, ["414.110","424.609","10.499","396.414"]),
        ("Saldo van baten en lasten", None, ["0","\u2013 4.100","\u2013 4.100","1.081"]),
       ]),
  dict(caption="Tabel 3.6 Kengetallen",
       phases=None,
       stub="Kengetal",
       years=["2021","2022","2023"],
       rows=[
        ("Aantal inspecties", None, ["45.310","46.905","48.200"]),
        ("Percentage overtredingen", None, ["12,4%","11,8%","13,1%"]),
        ("Fte totaal", None, ["3.151,2","3.244,8","3.360,0"]),
        ("ISO-certificering behouden", None, ["ja","ja","ja"]),
       ]),
])
REPORTS["dji"] = dict(title="Jaarverslag 2022 Dienst Justitiële Inrichtingen", intro='<h2>4 Financiën</h2><p>De totale lasten bedroegen € 2,6 miljard. Het aantal gedetineerden nam toe tot 10.245.</p>', tables=[
  dict(caption="Tabel 4.1 Lasten per sector (bedragen x € 1 mln)",
       stub="Sector",
       phases=None,
       years=["2020","2021","2022","Totaal"],
       rows=[
        ("Gevangeniswezen", None, ["1 412,6","1 455,0","1 498,3","4 365,9"]),
        ("Forensische zorg", None, ["812,4","845,1","880,7","2 538,2"]),
        ("Justitiële jeugdinrichtingen", None, ["96,0","94,2","91,8","282,0"]),
        ("Eenmalige baten", None, ["-/- 12,5","-/- 3,0","nihil","-/- 15,5"]),
        ("Totaal", None, ["2 308,5","2 391,3","2 470,8","7 170,6"]),
       ]),
  dict(caption="Tabel 4.3 Capaciteit en bezetting",
       phases=[("Realisatie",2),("Realisatie",1),("Mutatie",1)],
       years=["2020","2021","2022","2022-2021"],
       rows=[
        ("Capaciteit (plaatsen)", None, ["11 980","11 750","11 620","-130"]),
        ("Gemiddelde bezetting (%)", None, ["88,2","90,1","92,6","2,5%-punt"]),
        ("Gedetineerden ultimo", None, ["9 812","10 004","10 245","241"]),
        ("Ontvluchtingen", None, ["4","2","0","-2"]),
       ]),
])
REPORTS["knmi"] = dict(title="Jaarverslag 2023 Koninklijk Nederlands Meteorologisch Instituut", intro='<h2>2 Prestaties</h2><p>De beschikbaarheid van het waarschuwingssysteem was 99,96 procent. Er werden 1.412 weerwaarschuwingen afgegeven.</p>', tables=[
  dict(caption="Tabel 2.2 Prestatie-indicatoren",
       stub="Indicator",
       phases=None,
       years=["Basiswaarde 2019","2021","2022","2023","Streefwaarde 2025"],
       rows=[
        ("Beschikbaarheid waarschuwingssysteem", None, ["99,5%","99,91%","99,94%","99,96%","99,9%"]),
        ("Juistheid weersverwachting dag 1 (%)", None, ["86","87","88","88","90"]),
        ("Aantal weerwaarschuwingen", None, ["1.120","1.305","1.287","1.412","n.v.t."]),
        ("Tevredenheid afnemers", None, ["7,4","7,6","7,5","7,7","\u2265 7,5"]),
       ]),
  dict(caption="Tabel 2.5 Baten en lasten (x € 1.000)",
       phases=[("Begroting",1),("Realisatie",1),("Verschil",1)],
       years=["2023","2023",""],
       rows=[
        ("Bijdrage IenW", None, ["62 410","63 002","592"]),
        ("Baten derden", None, ["18 500","16 874","-1 626"]),
        ("Totaal baten", None, ["80 910","79 876","-1 034"]),
        ("Personeel", None, ["51 200","52 418","1 218"]),
        ("Materieel", None, ["29 710","28 990","-720"]),
        ("Totaal lasten", None, ["80 910","81 408","498"]),
        ("Saldo", None, ["0","-1 532","-1 532"]),
       ]),
])
REPORTS["cjib"] = dict(title="Jaarverslag 2023 Centraal Justitieel Incassobureau", intro='<h2>5 Jaarrekening</h2><p>Het eigen vermogen per 31 december 2023 bedroeg € 14,2 miljoen. De inning van verkeersboetes leverde € 1.234.567,89 meer op dan geraamd.</p>', tables=[
  dict(caption="Tabel 5.1 Balans per 31 december 2023 (bedragen x € 1.000)",
       phases=None,
       stub="Activa",
       years=["31-12-2023","31-12-2022"],
       rows=[
        ("Immateriële activa", None, ["8.412","9.050"]),
        ("Materiële activa", None, ["21.305","22.870"]),
        ("Debiteuren", None, ["3.118","2.974"]),
        ("Liquide middelen", None, ["42.660","38.215"]),
        ("Totaal activa", None, ["75.495","73.109"]),
        ("Eigen vermogen per 1 januari 2023", None, ["12.940","11.805"]),
        ("Resultaat boekjaar", None, ["1.260","1.135"]),
        ("Totaal eigen vermogen", None, ["14.200","12.940"]),
       ]),
  dict(caption="Tabel 5.4 Ontvangsten uit boetes en transacties",
       phases=[("Begroting 2024",1),("Begroting 2025",1),("Mutatie",1)],
       years=None,
       rows=[
        ("Verkeersboetes (€)", None, ["1.234.567,89","1.250.000,00","+15.432,11"]),
        ("Strafrechtelijke boetes (€)", None, ["98.765,43","95.000,00","-3.765,43"]),
        ("Aantal beschikkingen", None, ["9.812.004","9.650.000","-162.004"]),
       ]),
])
REPORTS["ksa"] = dict(title="Jaarverslag 2023 Kansspelautoriteit", intro='<h2>6 Financiën</h2><p>De heffingen brachten € 21,4 mln. op. Er werden 37 boetes opgelegd.</p>', tables=[
  dict(caption="Tabel 6.1 Baten en lasten (bedragen in duizenden euro's)",
       phases=[("Raming 2024",1),("Raming 2025",1),("Raming 2026",1),("Aandeel (%)",1)],
       years=None,
       rows=[
        ("a. Heffingen", None, ["21.400","22.050","22.700","89"]),
        ("b. Boetes en dwangsommen", None, ["2.650","2.400","2.400","10"]),
        ("c. Overige baten", None, ["310","150-","150","1"]),
        ("Totaal baten", None, ["24.360","24.600","25.250","100"]),
       ]),
  dict(caption="Tabel 6.3 Kerncijfers toezicht",
       phases=None,
       stub="Kerncijfer",
       years=["2021","2022","2023"],
       rows=[
        ("Opgelegde boetes (aantal)", None, ["28","31","37"]),
        ("Totaal opgelegde boetes", None, ["€ 4,1 mln","€ 6,7 mln","€ 9,2 mln"]),
        ("Gemiddelde boete", None, ["€ 146.428","€ 216.129","€ 248.649"]),
        ("Vergunninghouders", None, ["26","29","31"]),
       ]),
])
REPORTS["uwv"] = dict(title="Jaarverslag 2023 Uitvoeringsinstituut Werknemersverzekeringen", intro='<h2>4 Uitkeringen</h2><p>De uitkeringslasten stegen in 2023 naar € 27,9 miljard. De klanttevredenheid bleef met een 7,1 op het niveau van 2022.</p>', tables=[
  dict(caption="Tabel 4.2 Uitkeringslasten per regeling (x € 1 mln)",
       stub="Regeling",
       phases=None,
       years=["2023","2022","2021"],
       rows=[
        ("WW¹", None, ["3.210,4","2.985,0","3.640,2"]),
        ("WIA", None, ["9.870,1","9.402,7","8.955,3"]),
        ("Ziektewet", None, ["2.402,9","2.311,4","2.198,0"]),
        ("Wajong", None, ["3.905,6","3.840,2","3.772,8"]),
        ("Overige regelingen", None, ["8.511,0","8.120,5","7.960,1"]),
        ("Totaal", None, ["27.900,0","26.659,8","26.526,4"]),
       ]),
  dict(caption="Tabel 4.5 Dienstverlening",
       phases=None,
       stub="Indicator",
       years=["2022","2023","Doel 2023"],
       rows=[
        ("Klanttevredenheid (rapportcijfer)", None, ["7,1","7,1","7,0"]),
        ("Tijdigheid eerste betaling WW (%)", None, ["93,5","91,8","90,0"]),
        ("Bezwaren gegrond (%)", None, ["12","14","< 15"]),
       ]),
])
REPORTS["szw"] = dict(title="Jaarverslag 2022 Ministerie van Sociale Zaken en Werkgelegenheid", intro='<h2>Artikel 2 Arbeidsmarkt</h2><p>De uitgaven op dit artikel waren € 3,8 mln. hoger dan begroot. De werkloosheid daalde naar 3,5 procent.</p>', tables=[
  dict(caption="Tabel 2.2 Budgettaire gevolgen van beleid artikel 2 Arbeidsmarkt (bedragen x € 1.000)",
       phases=[("Realisatie",5),("Vastgestelde begroting",1),("Verschil",1),("Noot",1)],
       years=["2018","2019","2020","2021","2022","2022","2022",""],
       notes=["1) De verplichtingen zijn hoger door de meerjarige subsidieregeling.",
              "2) De ontvangsten betreffen terugontvangsten van subsidies."],
       rows=[
        ("Verplichtingen", None, ["84 213","91 004","132 870","101 566","95 230","88 120","7 110","1"]),
        ("Uitgaven", None, ["83 950","90 112","128 440","104 201","96 915","93 136","3 779"]),
        ("Programma-uitgaven", None, ["71 420","77 308","114 902","90 115","82 470","79 000","3 470"]),
        ("Subsidies", "-", ["40 100","44 250","80 312","56 004","48 120","45 500","2 620"]),
        ("Opdrachten", "-", ["31 320","33 058","34 590","34 111","34 350","33 500","850"]),
        ("Apparaatsuitgaven", None, ["12 530","12 804","13 538","14 086","14 445","14 136","309"]),
        ("Ontvangsten", None, ["2 117","1 530","4 811","3 006","2 263","6 046","– 3 783","2"]),
       ]),
  dict(caption="Tabel 2.3 Kengetallen arbeidsmarkt",
       phases=None,
       stub="Kengetal",
       years=["2020","2021","2022"],
       notes=["Bron: CBS, bewerking SZW"],
       rows=[
        ("Werkloosheid (%)", None, ["4,9","4,2","3,5"]),
        ("Openstaande vacatures (x 1.000)", None, ["272","403","448"]),
        ("Netto arbeidsparticipatie (%)", None, ["67,7","68,9","70,1"]),
        ("Bijstandsuitkeringen (x 1.000)", None, ["426","412","405"]),
       ]),
])
REPORTS["ilt"] = dict(title="Jaarverslag 2023 Inspectie Leefomgeving en Transport", intro='<h2>3 Toezicht</h2><p>De ILT voerde circa 14.200 inspecties uit. Van de 12 prestatie-indicatoren zijn er 9 gehaald.</p>', tables=[
  dict(caption="Tabel 3.1 Prestatie-indicatoren",
       phases=[("Streefwaarde 2023",1),("Realisatie 2023",1),("Status",1)],
       years=None,
       rows=[
        ("Tijdigheid meldingen (%)", None, ["90","87","Niet gehaald"]),
        ("Klanttevredenheid (rapportcijfer)", None, ["7,0","7,4","Gehaald"]),
        ("Doorlooptijd handhavingsbesluit (dagen)", None, ["< 56","49","Gehaald"]),
        ("Digitaal ingediende aanvragen (%)", None, ["80","78","Op koers"]),
        ("Herinspecties binnen termijn (%)", None, ["≥ 95","96","Behaald"]),
       ]),
  dict(caption="Tabel 3.4 Kerncijfers toezicht (bedragen x € 1.000)",
       phases=None,
       stub="Kerncijfer",
       years=["2021","2022","2023*"],
       notes=["* Voorlopige cijfers."],
       rows=[
        ("Inspecties (aantal)", None, ["12.950","13.480","14.210*"]),
        ("Opgelegde boetes (aantal)", None, ["410","455","ca. 500"]),
        ("Opbrengst boetes", None, ["3.120","3.480","ca. 3.900"]),
        ("Kosten toezicht", None, ["61.200","63.950","66.040*"]),
       ]),
])
REPORTS["bzk"] = dict(title="Eerste suppletoire begroting 2024 Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", intro='<h2>2 Beleidsmatige mutaties</h2><p>De uitgaven stijgen in 2024 per saldo met € 4,6 mln. De loonbijstelling bedraagt € 3,2 mln.</p>', tables=[
  dict(caption="Tabel 2.1 Belangrijkste beleidsmatige mutaties (bedragen x € 1.000)",
       phases=None,
       stub=None,
       years=["Art.","2024","2025","2026","2027","2028"],
       rows=[
        ("Stand ontwerpbegroting 2024", None, ["","123.456","120.000","118.500","118.500","118.500"]),
        ("Mutaties 1e suppletoire begroting 2024", None, []),
        ("Loonbijstelling", "1.", ["1","3.210","3.150","3.150","3.150","3.150"]),
        ("Prijsbijstelling", "2.", ["2","1.020","1.000","980","980","980"]),
        ("Kasschuif subsidies", "3.", ["4","– 5.000","2.500","2.500","0","0"]),
        ("Overige mutaties", "4.", ["6.2","370","– 120","0","0","0"]),
        ("Stand 1e suppletoire begroting 2024", None, ["","123.056","126.530","125.130","122.630","122.630"]),
       ]),
])
rep = REPORTS[sys.argv[1]]
tables = rep["tables"]
out = ['<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>' + html.escape(rep["title"]) + '</title></head><body>',
       '<main id="content"><h1>' + html.escape(rep["title"]) + '</h1>', rep["intro"]]
truth = []
for ti, t in enumerate(tables):
    out.append('<div class="table-container"><table class="table">')
    out.append(f'<caption>{html.escape(t["caption"])}</caption><thead><tr><th class="stub">' + (NB + "</th>" if t["phases"] else ""))
    for ph, span in t["phases"] or []:
        out.append(f'<th>{html.escape(ph)}</th>' + f'<th>{NB}</th>' * (span - 1))
    if t["years"] and not t["phases"]:
        out[-1] = out[-1]  # no upper row
        out.append(f'{html.escape(t.get("stub") or "") or NB}</th>')
        for y in t["years"]:
            out.append(f'<th>{y or NB}</th>')
    elif t["years"]:
        out.append(f'</tr><tr><th class="stub">{NB}</th>')
        for y in t["years"]:
            out.append(f'<th>{y or NB}</th>')
    out.append('</tr></thead><tbody>')
    cols = []
    for ph, span in t["phases"] or [(y, 1) for y in t["years"]]:
        cols += [ph] * span
    for label, marker, vals in t["rows"]:
        lab = (marker + " " if marker else "") + label
        cls = ' class="indent"' if marker else ''
        out.append(f'<tr><td{cls}>{html.escape(lab)}</td>')
        for k in range(len(cols)):
            v = vals[k] if k < len(vals) else ""
            out.append(f'<td>{html.escape(v) if v else NB}</td>')
            # a note column's marks are the row's footnote, not a cell
            note = cols[k] == "Noot"
            if v: truth.append(dict(table=ti, label=label, col="note" if note else k, raw=v))
        out.append('</tr>')
    out.append('</tbody></table></div>')
    for n in t.get("notes") or []:
        out.append(f'<p class="note">{html.escape(n)}</p>')
    out.append('<p>De toelichting op de verschillen staat hieronder.</p>')
out.append('</main></body></html>')
os.makedirs(sys.argv[2], exist_ok=True)
open(os.path.join(sys.argv[2], "page.html"), "w").write("\n".join(out) + "\n")
with open(os.path.join(sys.argv[2], "truth.tsv"), "w") as f:
    f.write("table\tlabel\tcol\traw\n")
    for c in truth:
        f.write(f'{c["table"]}\t{c["label"]}\t{c["col"]}\t{c["raw"]}\n')
