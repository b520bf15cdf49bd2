//! Canonical RBV line-item ids for row labels of agency tables.
//!
//! In: a row label as printed (markers may still be on it) and, where it matters,
//! the canonical id of the row's parent. Out: one of the ids of DESIGN.md section 4,
//! or `None`. Matching is on normalised words (lower case, diacritics folded, `wv`
//! read as `waarvan`, dates, arithmetic and sign hints like `(-/-)` dropped), so the
//! variants agencies print across years map to one id: `Opbrengst moederdepartement`
//! and `Omzet moederdepartement`, `Overige kosten` and `Overige lasten`,
//! `waarvan inhuur externen` and `wv externe inhuur`.
//!
//! This module does not decide whether a table is an agency model table; the table
//! parser clears the ids of tables that match too few rows (indicator tables).

/// Canonical id of a row label, or `None` (indicator rows have no fixed model).
pub fn canonical(label: &str) -> Option<&'static str> {
    canonical_in(label, None)
}

/// Canonical id of a row label under a parent row with canonical id `parent`.
///
/// The parent decides labels that mean different things in different places:
/// `– wv apparaat ICT` under `materiële kosten` is `waarvan_apparaat_ict`, but under
/// `Afschrijvingskosten – materieel` it is a part of the depreciation, which the
/// model has no id for.
pub fn canonical_in(label: &str, parent: Option<&str>) -> Option<&'static str> {
    let lower = fold(label);
    let w = words(&lower);
    let has = |s: &str| w.iter().any(|x| x == s);
    let starts = |s: &str| w.iter().any(|x| x.starts_with(s));
    let waarvan = has("waarvan");
    let under_afschrijving = parent.is_some_and(|p| p.starts_with("afschrijving"));
    let under_personeel = parent == Some("personele_kosten");
    let under_materieel = parent == Some("materiele_kosten");

    if waarvan {
        if under_afschrijving {
            return None;
        }
        if has("eigen") && starts("personeel") {
            return Some("waarvan_eigen_personeel");
        }
        if starts("inhuur") || (starts("extern") && !has("overige")) {
            return Some("waarvan_externe_inhuur");
        }
        if has("overige") && (starts("persone") || under_personeel) {
            return Some("waarvan_overige_personele_kosten");
        }
        if has("overige") && (starts("materi") || under_materieel) {
            return Some("waarvan_overige_materiele_kosten");
        }
        if has("ict") {
            return Some("waarvan_apparaat_ict");
        }
        if starts("sso") || (has("bijdrage") && starts("shared")) {
            return Some("waarvan_bijdrage_sso");
        }
        return None;
    }

    // cash flow first: its labels carry words the income rows also use
    if starts("rekening") && has("courant") {
        if has("januari") || has("begin") {
            return Some("rekening_courant_begin");
        }
        if has("december") || has("eind") {
            return Some("rekening_courant_eind");
        }
        return None;
    }
    if has("operationele") && has("kasstroom") {
        if has("ontvangsten") {
            return Some("ontvangsten_operationeel");
        }
        if has("uitgaven") {
            return Some("uitgaven_operationeel");
        }
        if has("totaal") || w.len() == 2 {
            return Some("totaal_operationele_kasstroom");
        }
    }
    if has("investeringskasstroom") {
        return Some("totaal_investeringskasstroom");
    }
    if has("financieringskasstroom") {
        return Some("totaal_financieringskasstroom");
    }
    if starts("desinvestering") {
        return Some("desinvesteringen");
    }
    if starts("investering") {
        return Some("investeringen");
    }
    if has("eenmalige") && starts("moederdepartement") {
        if has("uitkering") {
            return Some("eenmalige_uitkering_moederdepartement");
        }
        if has("storting") {
            return Some("eenmalige_storting_moederdepartement");
        }
    }
    if starts("aflossing") {
        return Some("aflossingen_leningen");
    }
    if has("leenfaciliteit") {
        return Some("beroep_leenfaciliteit");
    }

    // income and expenses
    let omzet = has("omzet") || starts("opbrengst");
    if omzet && starts("moederdepartement") {
        return Some("omzet_moederdepartement");
    }
    if omzet && (has("overige") || has("andere")) && starts("departement") {
        return Some("omzet_overige_departementen");
    }
    if omzet && has("derden") {
        return Some("omzet_derden");
    }
    if omzet && w.len() == 1 {
        return Some("omzet");
    }
    if has("rentebaten") || (has("rente") && has("baten")) {
        return Some("rentebaten");
    }
    if has("vrijval") && starts("voorziening") {
        return Some("vrijval_voorzieningen");
    }
    if has("bijzondere") && has("baten") {
        return Some("bijzondere_baten");
    }
    if has("totaal") && has("baten") && !has("lasten") {
        return Some("totaal_baten");
    }
    if has("apparaatskosten") || has("apparaatslasten") {
        return Some("apparaatskosten");
    }
    if has("personeelskosten") || (has("personele") && (has("kosten") || has("lasten"))) {
        return Some("personele_kosten");
    }
    if has("materiele") && (has("kosten") || has("lasten")) {
        return Some("materiele_kosten");
    }
    if has("rentelasten") || (has("rente") && has("lasten")) {
        return Some("rentelasten");
    }
    if starts("afschrijving") && w.len() <= 2 && !has("materieel") && !has("immaterieel") {
        return Some("afschrijvingskosten");
    }
    if has("immaterieel") || has("immateriele") {
        return Some("afschrijving_immaterieel");
    }
    if has("materieel") || (starts("afschrijving") && has("materiele")) {
        return Some("afschrijving_materieel");
    }
    if has("overige") && (has("lasten") || has("kosten")) && w.len() == 2 {
        return Some("overige_lasten");
    }
    if starts("dotatie") && starts("voorziening") {
        return Some("dotaties_voorzieningen");
    }
    if has("bijzondere") && has("lasten") {
        return Some("bijzondere_lasten");
    }
    if has("totaal") && has("lasten") && !has("baten") {
        return Some("totaal_lasten");
    }
    if has("saldo") && has("baten") && has("lasten") {
        return Some("saldo_van_baten_en_lasten");
    }
    if has("saldo") && has("bedrijfsvoering") {
        return Some("saldo_gewone_bedrijfsvoering");
    }
    if has("vpb") || has("vennootschapsbelasting") {
        return Some("vpb_lasten");
    }
    None
}

/// Lower case with Dutch diacritics folded (`materiële` -> `materiele`).
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ë' | 'é' | 'è' | 'ê' | 'Ë' | 'É' => 'e',
            'ï' | 'í' | 'Ï' => 'i',
            'ö' | 'ó' | 'Ö' => 'o',
            'ü' | 'ú' | 'Ü' => 'u',
            'á' | 'à' | 'ä' => 'a',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}

/// The label's words: letters only (digits, dates' numbers, `(-/-)`, `(=1+2+3+4)`
/// dropped), `wv` read as `waarvan`, hyphenated words split (`Rekening-courant`),
/// and small function words dropped.
fn words(lower: &str) -> Vec<String> {
    lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !matches!(
                *w,
                "op" | "van" | "aan" | "door" | "het" | "de" | "en" | "s"
            )
        })
        .map(|w| {
            if w == "wv" {
                "waarvan".to_string()
            } else {
                w.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_map_to_one_id() {
        let cases = [
            ("Omzet moederdepartement", Some("omzet_moederdepartement")),
            (
                "Opbrengst moederdepartement",
                Some("omzet_moederdepartement"),
            ),
            (
                "Omzet overige departementen",
                Some("omzet_overige_departementen"),
            ),
            (
                "Opbrengst overige departementen",
                Some("omzet_overige_departementen"),
            ),
            (
                "Omzet andere departementen",
                Some("omzet_overige_departementen"),
            ),
            (
                "Opbrengsten moederdepartementen",
                Some("omzet_moederdepartement"),
            ),
            ("Afschrijvingen", Some("afschrijvingskosten")),
            ("Personeelskosten", Some("personele_kosten")),
            ("Vpb-lasten", Some("vpb_lasten")),
            ("Totale omzet Logius", None),
            ("Omzet per productgroep (in %)", None),
            ("Omzet derden", Some("omzet_derden")),
            ("Opbrengst derden", Some("omzet_derden")),
            ("Omzet", Some("omzet")),
            ("Rentebaten", Some("rentebaten")),
            ("Vrijval voorzieningen", Some("vrijval_voorzieningen")),
            ("Bijzondere baten", Some("bijzondere_baten")),
            ("Totaal baten", Some("totaal_baten")),
            ("Apparaatskosten", Some("apparaatskosten")),
            ("– personele kosten", Some("personele_kosten")),
            ("– wv eigen personeel", Some("waarvan_eigen_personeel")),
            ("waarvan eigen personeel", Some("waarvan_eigen_personeel")),
            ("– wv externe inhuur", Some("waarvan_externe_inhuur")),
            ("waarvan inhuur externen", Some("waarvan_externe_inhuur")),
            (
                "waarvan overige personele kosten",
                Some("waarvan_overige_personele_kosten"),
            ),
            ("– materiële kosten", Some("materiele_kosten")),
            ("Materiële lasten", Some("materiele_kosten")),
            ("– wv bijdrage SSO's", Some("waarvan_bijdrage_sso")),
            (
                "waarvan overige materiële kosten",
                Some("waarvan_overige_materiele_kosten"),
            ),
            ("Rentelasten", Some("rentelasten")),
            ("Afschrijvingskosten", Some("afschrijvingskosten")),
            ("– materieel", Some("afschrijving_materieel")),
            ("– immaterieel", Some("afschrijving_immaterieel")),
            ("Overige lasten", Some("overige_lasten")),
            ("Overige kosten", Some("overige_lasten")),
            ("– dotaties voorzieningen", Some("dotaties_voorzieningen")),
            ("Dotatie voorziening", Some("dotaties_voorzieningen")),
            ("– bijzondere lasten", Some("bijzondere_lasten")),
            ("Totaal lasten", Some("totaal_lasten")),
            (
                "Saldo van baten en lasten",
                Some("saldo_van_baten_en_lasten"),
            ),
            (
                "Saldo uit gewone bedrijfsvoering",
                Some("saldo_gewone_bedrijfsvoering"),
            ),
            ("Vennootschapsbelasting", Some("vpb_lasten")),
            (
                "Rekening-courant RHB 1 januari 2013",
                Some("rekening_courant_begin"),
            ),
            (
                "Rekening-courant RHB 1 januari 2021 + depositorekeningen",
                Some("rekening_courant_begin"),
            ),
            (
                "Rekening-courant RHB 31 december 2013 (=1+2+3+4)",
                Some("rekening_courant_eind"),
            ),
            (
                "Totaal ontvangsten operationele kasstroom (+)",
                Some("ontvangsten_operationeel"),
            ),
            (
                "Totaal uitgaven operationele kasstroom (-/-)",
                Some("uitgaven_operationeel"),
            ),
            (
                "Totaal operationele kasstroom",
                Some("totaal_operationele_kasstroom"),
            ),
            ("Totaal investeringen (-/-)", Some("investeringen")),
            (
                "Totaal boekwaarde desinvesteringen (+)",
                Some("desinvesteringen"),
            ),
            (
                "Totaal investeringskasstroom",
                Some("totaal_investeringskasstroom"),
            ),
            (
                "Eenmalige uitkering aan moederdepartement (-/-)",
                Some("eenmalige_uitkering_moederdepartement"),
            ),
            (
                "Eenmalige storting door het moederdepartement (+)",
                Some("eenmalige_storting_moederdepartement"),
            ),
            (
                "Aflossingen op leningen (-/-)",
                Some("aflossingen_leningen"),
            ),
            (
                "Beroep op leenfaciliteit (+)",
                Some("beroep_leenfaciliteit"),
            ),
            (
                "Totaal financieringskasstroom",
                Some("totaal_financieringskasstroom"),
            ),
            ("Klanttevredenheid (KTO)", None),
            ("% FTE primair proces", None),
            ("Kostprijs DigiD", None),
            ("Baten", None),
            ("Lasten", None),
        ];
        for (label, want) in cases {
            assert_eq!(canonical(label), want, "{label}");
        }
    }

    #[test]
    fn parent_decides_wv_apparaat_ict() {
        assert_eq!(
            canonical_in("– wv apparaat ICT", Some("materiele_kosten")),
            Some("waarvan_apparaat_ict")
        );
        assert_eq!(
            canonical_in("– wv apparaat ICT", Some("afschrijving_materieel")),
            None
        );
        assert_eq!(
            canonical_in("– wv apparaat ICT", Some("afschrijvingskosten")),
            None
        );
    }
}
