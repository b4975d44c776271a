"""Sample names and places for demo data, per Pacific country (ʻokina and macrons as written).

Invented combinations of common first and family names: no real person's record.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


NAMES: dict[str, NamePool] = {
    "FJ": NamePool(
        _split(
            "Litia, Mereoni, Salote, Vasiti, Makereta, Losana, Akosita, Unaisi, Sainimere, "
            "Titilia, Adi Laisa, Ana, Seini, Miliakere, Priya, Shalini, Kelera, Lanieta"
        ),
        _split(
            "Sevuloni, Jone, Pita, Viliame, Semi, Isoa, Josaia, Tevita, Ilisoni, Apisai, "
            "Waisale, Ratu Epeli, Maika, Samisoni, Rajesh, Anil, Peniasi, Osea"
        ),
        _split(
            "Rokodi, Naivalurua, Qarase, Tikoduadua, Ravouvou, Delana, Nakarawa, Lomaloma, "
            "Vunivalu, Koroi, Waqa, Tuicakau, Kumar, Prasad, Vakacegu, Baleinabuli, Radrodro"
        ),
    ),
    "WS": NamePool(
        _split(
            "Sīna, Mālia, Lusia, Fetū, Faʻafetai, Vaʻaiga, Luʻisa, Salā, Leʻota, Tinā, Losa, "
            "Fiaʻui, Mele, Tuʻuau, Sāusi, Paʻu"
        ),
        _split(
            "Tavita, Sione, Ioane, Sāmuelu, Tēvita, Ioselu, Peni, Lafaʻi, Falaniko, Siʻitia, "
            "Faʻamatuaʻinu, Tuʻu, Pōuli, Laʻauli, Aʻe"
        ),
        _split(
            "Tuʻilagi, Leʻaupepe, Faʻamausili, Sāʻena, Aʻiono, Seiuli, Fonotī, Tuimavave, "
            "Laʻulu, Masoe, Fuimaono, Saʻu, Leavasa, Tauāʻa, Fāʻalogo, Pōtoi"
        ),
    ),
    "TO": NamePool(
        _split(
            "Mele, Losaline, ʻAna, Sālote, Lavinia, Seini, Fīnau, ʻOfa, Luseane, Meleane, "
            "Heilala, Kalolaine, Fuiva, ʻEleni, Mālia, Sela"
        ),
        _split(
            "Sione, Tēvita, Siaosi, ʻAisea, Viliami, Sēmisi, Pita, Feleti, ʻUlukālala, Lātū, "
            "Kalisi, Tēvita Siʻi, ʻOkusitino, Paula, Sālesi"
        ),
        _split(
            "Fifita, Taufa, Tuʻipulotu, Vaipulu, Fonua, Moala, Havili, Kaufusi, Lātū, "
            "Tuʻitavake, ʻAholelei, Maʻu, Piutau, Vake, Hufanga, Fīnau, Tāufa"
        ),
    ),
    "KI": NamePool(
        _split(
            "Teretia, Taaneti, Meere, Tiiroa, Kaboua, Rineta, Tebwaa, Kinaai, Taoaba, "
            "Tekarei, Nei Teraaka, Bwenawa, Maria, Tabea"
        ),
        _split(
            "Taneti, Tebuke, Kautu, Anote, Tabuki, Ioteba, Eritara, Teburoro, Kourabi, "
            "Tiarite, Bauro, Ruateki, Tekena, Iotebwa"
        ),
        _split(
            "Tito, Maamau, Tong, Teburoro, Kaiea, Tabane, Iuta, Karotu, Tekee, Baraniko, "
            "Kirata, Tioti, Tabai, Rimon, Bakineti"
        ),
    ),
    "VU": NamePool(
        _split(
            "Jocelyne, Esline, Roselyn, Mathilda, Evelyne, Marie-Claire, Annie, Leimara, "
            "Rosemary, Lily, Nadia, Georgette, Mireille, Dorothy"
        ),
        _split(
            "Kalo, Jean-Pierre, Tari, Willie, Obed, Jotham, Ishmael, Charlot, Ralph, Moana, "
            "Joe, Bakoa, Iaris, Sato"
        ),
        _split(
            "Kalsakau, Napuat, Tabimasmas, Natuman, Salwai, Regenvanu, Lini, Molisa, "
            "Kalpokas, Vohor, Iauko, Loughman, Abbil, Tosul, Bule"
        ),
    ),
    "PG": NamePool(
        _split(
            "Grace, Mary, Lucy, Elizabeth, Ruth, Joyce, Loa, Hitolo, Dika, Miriam, Kila, "
            "Rosa, Gima, Naomi"
        ),
        _split(
            "Michael, John, Peter, Toea, Wari, Ben, Gabriel, Aihi, Noel, Samuel, Raka, "
            "Kapi, Bryan, Dadi"
        ),
        _split(
            "Namaliu, Somare, Marape, Kila, Toea, Siaguru, Wari, Kapi, Tamarua, Moka, Aihi, "
            "Yaki, Nou, Pala, Wingti, Kaupa"
        ),
    ),
    "SB": NamePool(
        _split(
            "Loretta, Ethel, Judith, Jennifer, Freda, Lorraine, Dora, Rose, Esther, Hilda, "
            "Ruth, Alice, Mavis, Ellen"
        ),
        _split(
            "Manasseh, Gordon, Derek, Francis, Moses, Joses, Ricky, Bartholomew, Augustine, "
            "Jimmy, Selwyn, Mathew, Rexon, Culwick"
        ),
        _split(
            "Sogavare, Lilo, Kenilorea, Ulufaʻalu, Sikua, Tausinga, Waneoroa, Houenipwela, "
            "Kemakeza, Rini, Oti, Maelanga, Agovaka, Fono, Togamae"
        ),
    ),
    "FM": NamePool(
        _split(
            "Lerleen, Kiomi, Merleen, Yosiko, Cathleen, Mayleen, Erleen, Kaylene, Sihna, "
            "Rosalinda, Ermina, Jolynn"
        ),
        _split(
            "Wesley, Yosiwo, Emanuel, Kasio, Ioanis, Lorin, Marvin, Kasiano, Akillino, Redley, "
            "Peter, Leo, Bethwel, Aren"
        ),
        _split(
            "Panuelo, Mori, Simina, Christian, Killion, Urusemal, Falcam, Nakasone, Hadley, "
            "Mailo, Olter, Sigrah, Nena, Edwin, Alik"
        ),
    ),
    "MH": NamePool(
        _split(
            "Hilda, Kathy, Lijon, Mariana, Rine, Neijon, Lerina, Julia, Amenta, Biliwan, "
            "Tina, Lemyo"
        ),
        _split(
            "Tony, Kessai, Jurelang, Litokwa, Imata, Kenneth, Amata, Tommy, Alik, Jiba, "
            "Bruce, Mattlan, Hilton, Kitlang"
        ),
        _split(
            "Heine, deBrum, Kabua, Note, Loeak, Tomeing, Zackios, Kramer, Bilimon, Kattil, "
            "Jetnil-Kijiner, Langidrik, Silk, Zedkaia"
        ),
    ),
    "PW": NamePool(
        _split(
            "Dilmei, Ongerung, Merii, Sandra, Uchel, Ebil, Dirrengul, Faustina, Ilong, "
            "Mesebeluu, Bilung, Kyota"
        ),
        _split(
            "Surangel, Johnson, Kuniwo, Olkeriil, Haruo, Ngiratkel, Isaac, Sabino, Tommy, "
            "Baules, Ngiraibai, Hokkons"
        ),
        _split(
            "Remengesau, Whipps, Toribiong, Nakamura, Ngiraked, Kanai, Olkeriil, Uludong, "
            "Tellames, Rechebei, Sakuma, Ngirmang, Tmetuchl"
        ),
    ),
    "NR": NamePool(
        _split(
            "Marissa, Charmaine, Renee, Delvina, Ruby, Sasha, Aloina, Ellen, Jaynette, "
            "Manna, Grace, Ivy"
        ),
        _split(
            "Baron, Lionel, David, Russ, Sprent, Marcus, Kieren, Shadlog, Aloysius, Ludwig, "
            "Riddell, Bernard"
        ),
        _split(
            "Waqa, Aingimea, Adeang, Dabwido, Stephen, Kun, Scotty, Deiye, Harris, "
            "Detenamo, Agir, Itsimaera, Dowiyogo, Hiram, Kepae"
        ),
    ),
}

POLICE: dict[str, str] = {
    "FJ": "Fiji Police Force",
    "KI": "Kiribati Police Service",
    "MH": "Marshall Islands Police Department",
    "FM": "FSM National Police",
    "NR": "Nauru Police Force",
    "PW": "Palau Bureau of Public Safety",
    "PG": "Royal Papua New Guinea Constabulary",
    "WS": "Samoa Police Service",
    "SB": "Royal Solomon Islands Police Force",
    "TO": "Tonga Police",
    "VU": "Vanuatu Police Force",
}

PLACES: dict[str, tuple[str, ...]] = {
    "FJ": ("Suva", "Nadi", "Lautoka", "Labasa"),
    "KI": ("South Tarawa", "Betio", "Kiritimati"),
    "MH": ("Majuro", "Ebeye"),
    "FM": ("Palikir", "Kolonia", "Weno", "Tofol", "Colonia"),
    "NR": ("Yaren", "Aiwo"),
    "PW": ("Koror", "Ngerulmud"),
    "PG": ("Port Moresby", "Lae", "Mount Hagen", "Kokopo", "Buka"),
    "WS": ("Apia", "Salelologa"),
    "SB": ("Honiara", "Gizo", "Auki"),
    "TO": ("Nukuʻalofa", "Neiafu", "Pangai"),
    "VU": ("Port Vila", "Luganville"),
}

RANKS = (
    "Constable",
    "Senior Constable",
    "Corporal",
    "Sergeant",
    "Senior Sergeant",
    "Inspector",
    "Chief Inspector",
    "Superintendent",
    "Senior Superintendent",
    "Assistant Commissioner",
)

POSITIONS = (
    "NCB officer",
    "TCU investigator",
    "Border control officer",
    "Intelligence analyst",
    "Crime scene officer",
    "Training officer",
    "Station commander",
    "Prosecutor",
    "Customs officer",
    "Immigration officer",
)

ORGANISERS = (
    "INTERPOL Capacity Building and Training Directorate",
    "INTERPOL Project Blue Pacific",
    "Pacific Islands Chiefs of Police Secretariat",
    "Pacific Transnational Crime Coordination Centre",
    "Australian Federal Police",
    "New Zealand Police",
    "National Crime Agency",
)

CONTACT_ORGS: dict[str, tuple[str, ...]] = {
    "NCB": ("INTERPOL NCB",),
    "TCU": ("Transnational Crime Unit",),
    "PTCCC": ("Pacific Transnational Crime Coordination Centre",),
    "PICP": ("PICP Secretariat",),
    "POLICE": ("Police headquarters", "Criminal Investigation Department"),
    "CUSTOMS": ("Customs Service",),
    "IMMIGRATION": ("Immigration Department",),
    "OTHER": ("Financial Intelligence Unit", "Attorney-General's Office"),
}
