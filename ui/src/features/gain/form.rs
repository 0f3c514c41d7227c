//! The answers as typed, and reading them into a scenario (every bad field named).

use super::*;

/// The answers as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct Form {
    pub(super) step: usize,
    pub(super) year: String,
    pub(super) municipality: String,
    pub(super) age: String,
    pub(super) church: bool,
    /// Year and month of birth (asked from 60: the senior deduction).
    pub(super) birth_year: String,
    pub(super) birth_month: String,
    /// Positive net capital income per year (interest), optional.
    pub(super) capital_income: String,
    pub(super) partner_capital_income: String,
    pub(super) partner: bool,
    pub(super) married: bool,
    pub(super) partner_age: String,
    pub(super) partner_hours: String,
    pub(super) partner_wage: String,
    pub(super) partner_benefit: String,
    pub(super) partner_kh_amount: String,
    pub(super) children: String,
    pub(super) renting: bool,
    pub(super) rent: String,
    pub(super) area: String,
    pub(super) heating_separate: bool,
    pub(super) hot_water_included: bool,
    pub(super) electricity_included: bool,
    pub(super) wealth: String,
    pub(super) benefit: String,
    pub(super) kh_sats: String,
    pub(super) kh_amount: String,
    pub(super) kh_months: String,
    /// Midlertidigt tilpasningstillæg per month, as the decision states it.
    pub(super) kh_tilpasning: String,
    pub(super) dp_rate: String,
    pub(super) dp_beskaeftigelsestillaeg: bool,
    pub(super) dp_prev_wage: String,
    pub(super) syg_wage: String,
    pub(super) syg_hours: String,
    pub(super) job_hours: String,
    pub(super) job_wage: String,
    pub(super) childcare: String,
    pub(super) transport: String,
    pub(super) monthly: bool,
    /// When opened from a case: that case's title and its rule overrides.
    pub(super) case_title: String,
    pub(super) case_overrides: Vec<Override>,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            step: 0,
            // This year: a calculation is for now unless the person picks another year.
            year: crate::features::today().map(|d| d.year().to_string()).unwrap_or_default(),
            municipality: "København".into(),
            age: String::new(),
            church: false,
            birth_year: String::new(),
            birth_month: String::new(),
            capital_income: String::new(),
            partner_capital_income: String::new(),
            partner: false,
            married: false,
            partner_age: String::new(),
            partner_hours: String::new(),
            partner_wage: String::new(),
            partner_benefit: "none".into(),
            partner_kh_amount: String::new(),
            children: String::new(),
            renting: true,
            rent: String::new(),
            area: String::new(),
            heating_separate: false,
            hot_water_included: false,
            electricity_included: false,
            wealth: String::new(),
            benefit: "kontanthjaelp".into(),
            kh_sats: "forhoejet".into(),
            kh_amount: String::new(),
            kh_months: String::new(),
            kh_tilpasning: String::new(),
            dp_rate: String::new(),
            dp_beskaeftigelsestillaeg: false,
            dp_prev_wage: String::new(),
            syg_wage: String::new(),
            // Empty, with an example as placeholder: a prefilled "37" made typing
            // "25" give "3725".
            syg_hours: String::new(),
            job_hours: String::new(),
            job_wage: String::new(),
            childcare: String::new(),
            transport: String::new(),
            monthly: true,
            case_title: String::new(),
            case_overrides: Vec::new(),
        }
    }
}

/// A field that could not be read, and the message key saying why.
pub(super) type Problem = (&'static str, &'static str);

/// A number typed the Danish way ("12.500", "165,50") or plainly ("12500", "165.5").
pub(super) fn number(text: &str) -> Option<Decimal> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return None;
    }
    let t = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else if t.split('.').skip(1).all(|g| g.len() == 3) && t.contains('.') {
        t.replace('.', "")
    } else {
        t
    };
    t.parse().ok()
}

/// A number answer: `None` when empty (and not required) or unreadable; a
/// problem is recorded for the field in the latter cases.
pub(super) fn amount(p: &mut Vec<Problem>, text: &str, field: &'static str, required: bool) -> Option<Decimal> {
    match number(text) {
        Some(d) if d >= Decimal::ZERO => Some(d),
        Some(_) => {
            p.push((field, "gain-error-negative"));
            None
        }
        None if text.trim().is_empty() && !required => None,
        None if text.trim().is_empty() => {
            p.push((field, "gain-error-required"));
            None
        }
        None => {
            p.push((field, "gain-error-number"));
            None
        }
    }
}

pub(super) fn text(d: Decimal) -> String {
    d.normalize().to_string()
}

impl Form {
    /// The answers that give `s` (to open a household saved in a case).
    pub(super) fn from_scenario(s: &Scenario) -> Form {
        let mut f = Form { step: RESULT, year: s.date.year().to_string(), municipality: s.municipality.clone(), ..Form::default() };
        let a = &s.adults[0];
        f.age = a.age.to_string();
        f.church = a.church;
        f.birth_year = a.birth_year.map(|y| y.to_string()).unwrap_or_default();
        f.birth_month = a.birth_month.map(|m| m.to_string()).unwrap_or_default();
        f.capital_income = if a.capital_income.is_zero() { String::new() } else { text(a.capital_income) };
        match &a.benefit {
            Benefit::Kontanthjaelp { sats, monthly_amount, months_on_benefit, tilpasningstillaeg, .. } => {
                f.benefit = "kontanthjaelp".into();
                f.kh_tilpasning = tilpasningstillaeg.map(text).unwrap_or_default();
                f.kh_months = months_on_benefit.map(|m| m.to_string()).unwrap_or_default();
                f.kh_sats = match sats {
                    KhSats::Mindstesats => "mindstesats",
                    KhSats::Grundsats => "grundsats",
                    KhSats::Forhoejet => "forhoejet",
                    KhSats::Hjemmeboende => "hjemmeboende",
                }
                .into();
                f.kh_amount = monthly_amount.map(text).unwrap_or_default();
            }
            Benefit::Dagpenge { monthly_rate, previous_monthly_wage, beskaeftigelsestillaeg } => {
                f.benefit = "dagpenge".into();
                f.dp_beskaeftigelsestillaeg = *beskaeftigelsestillaeg;
                f.dp_rate = monthly_rate.map(text).unwrap_or_default();
                f.dp_prev_wage = previous_monthly_wage.map(text).unwrap_or_default();
            }
            Benefit::Sygedagpenge { hourly_wage, normal_hours_per_week } => {
                f.benefit = "sygedagpenge".into();
                f.syg_wage = text(*hourly_wage);
                f.syg_hours = text(*normal_hours_per_week);
            }
            Benefit::Fleksjob => f.benefit = "fleksjob".into(),
            Benefit::None => f.benefit = "none".into(),
        }
        if let Some(p) = s.adults.get(1) {
            f.partner = true;
            f.married = s.married;
            f.partner_age = p.age.to_string();
            f.partner_capital_income = if p.capital_income.is_zero() { String::new() } else { text(p.capital_income) };
            if let Some(w) = &p.work {
                f.partner_hours = text(w.hours_per_week);
                f.partner_wage = text(w.wage_month().round_dp(2));
            }
            f.partner_benefit = match &p.benefit {
                Benefit::Kontanthjaelp { monthly_amount, .. } => {
                    f.partner_kh_amount = monthly_amount.map(text).unwrap_or_default();
                    "kontanthjaelp"
                }
                Benefit::Dagpenge { .. } => "dagpenge",
                _ => "none",
            }
            .into();
        }
        f.children = s.children.iter().map(|c| c.age.to_string()).collect::<Vec<_>>().join(", ");
        f.renting = s.housing.is_some();
        if let Some(h) = &s.housing {
            f.rent = text(h.rent_monthly);
            f.area = text(h.area);
            f.heating_separate = h.heating_separate;
            f.hot_water_included = h.hot_water_included;
            f.electricity_included = h.electricity_included;
            f.wealth = if h.wealth.is_zero() { String::new() } else { text(h.wealth) };
        }
        f.job_hours = text(s.job.hours_per_week);
        let hourly = match (s.job.hourly_wage, s.job.monthly_wage) {
            (Some(h), _) => h,
            (None, Some(m)) if s.job.hours_month() > Decimal::ZERO => (m / s.job.hours_month()).round_dp(2),
            _ => Decimal::ZERO,
        };
        f.job_wage = text(hourly);
        f.childcare = if s.costs.childcare_monthly.is_zero() { String::new() } else { text(s.costs.childcare_monthly) };
        f.transport = if s.costs.transport_monthly.is_zero() { String::new() } else { text(s.costs.transport_monthly) };
        f
    }

    /// The rules this form is computed with: the device's, plus the case's overrides.
    pub(super) fn rules(&self) -> Cow<'static, RuleSet> {
        rules().with_valid_overrides(&self.case_overrides)
    }

    /// The scenario, or every field that needs fixing (in page order).
    pub(super) fn scenario(&self) -> Result<Scenario, Vec<Problem>> {
        let mut p: Vec<Problem> = Vec::new();
        let age = amount(&mut p, &self.age, "gain-age", true);
        let year: i32 = self.year.parse().unwrap_or(2026);
        // The day whose rules "the year X" uses comes from the rule data
        // (gevinst.referencedag.*); a rule pack without it cannot be used here.
        let date = match ret_og_frist_core::gain::reference_day(&self.rules(), year) {
            Ok(d) => d,
            Err(_) => {
                p.push(("gain-year", "gain-error-year"));
                chrono::NaiveDate::default()
            }
        };
        let benefit = match self.benefit.as_str() {
            "kontanthjaelp" => Benefit::Kontanthjaelp {
                sats: match self.kh_sats.as_str() {
                    "mindstesats" => KhSats::Mindstesats,
                    "grundsats" => KhSats::Grundsats,
                    "hjemmeboende" => KhSats::Hjemmeboende,
                    _ => KhSats::Forhoejet,
                },
                monthly_amount: amount(&mut p, &self.kh_amount, "gain-kh-amount", false),
                aktivitetsparat: false,
                months_on_benefit: amount(&mut p, &self.kh_months, "gain-kh-months", false)
                    .and_then(|m| m.floor().to_string().parse().ok()),
                tilpasningstillaeg: amount(&mut p, &self.kh_tilpasning, "gain-kh-tilpasning", false).filter(|t| !t.is_zero()),
            },
            "dagpenge" => Benefit::Dagpenge {
                monthly_rate: amount(&mut p, &self.dp_rate, "gain-dp-rate", false),
                previous_monthly_wage: amount(&mut p, &self.dp_prev_wage, "gain-dp-prev-wage", false),
                beskaeftigelsestillaeg: self.dp_beskaeftigelsestillaeg,
            },
            "sygedagpenge" => Benefit::Sygedagpenge {
                hourly_wage: amount(&mut p, &self.syg_wage, "gain-syg-wage", true).unwrap_or_default(),
                normal_hours_per_week: amount(&mut p, &self.syg_hours, "gain-syg-hours", true).unwrap_or_default(),
            },
            "fleksjob" => Benefit::Fleksjob,
            _ => Benefit::None,
        };
        let whole = |d: Decimal| d.trunc().to_string().parse::<i64>().ok();
        let birth_year = amount(&mut p, &self.birth_year, "gain-birth-year", false).and_then(whole).and_then(|y| i32::try_from(y).ok());
        let birth_month = amount(&mut p, &self.birth_month, "gain-birth-month", false).and_then(whole).and_then(|m| u32::try_from(m).ok());
        let capital_income = amount(&mut p, &self.capital_income, "gain-capital-income", false).unwrap_or_default();
        let mut adults = vec![Adult {
            age: age.and_then(|a| a.try_into().ok()).unwrap_or(30),
            church: self.church,
            benefit,
            work: None,
            capital_income,
            birth_year,
            birth_month,
        }];
        if self.partner {
            let page = amount(&mut p, &self.partner_age, "gain-partner-age", true);
            let hours = amount(&mut p, &self.partner_hours, "gain-partner-hours", false).unwrap_or_default();
            let wage = amount(&mut p, &self.partner_wage, "gain-partner-wage", hours > Decimal::ZERO);
            let benefit = match self.partner_benefit.as_str() {
                "kontanthjaelp" => Benefit::Kontanthjaelp {
                    sats: KhSats::Forhoejet,
                    monthly_amount: amount(&mut p, &self.partner_kh_amount, "gain-partner-kh-amount", false),
                    aktivitetsparat: false,
                    months_on_benefit: None,
                    tilpasningstillaeg: None,
                },
                "dagpenge" => Benefit::Dagpenge { monthly_rate: None, previous_monthly_wage: None, beskaeftigelsestillaeg: false },
                _ => Benefit::None,
            };
            adults.push(Adult {
                age: page.and_then(|a| a.try_into().ok()).unwrap_or(30),
                church: self.church,
                benefit,
                work: (hours > Decimal::ZERO).then_some(Job { hours_per_week: hours, hourly_wage: None, monthly_wage: wage }),
                capital_income: amount(&mut p, &self.partner_capital_income, "gain-partner-capital-income", false).unwrap_or_default(),
                ..Default::default()
            });
        }
        let mut children = Vec::new();
        for part in self.children.split([',', ';', ' ']).filter(|s| !s.trim().is_empty()) {
            match part.trim().parse::<u32>() {
                Ok(a) if a <= 25 => children.push(Child { age: a }),
                _ => {
                    p.push(("gain-children", "gain-error-ages"));
                    break;
                }
            }
        }
        let housing = if self.renting {
            let rent = amount(&mut p, &self.rent, "gain-rent", true);
            let area = amount(&mut p, &self.area, "gain-area", true);
            if area.is_some_and(|a| a.is_zero()) {
                p.push(("gain-area", "gain-error-area"));
            }
            let wealth = amount(&mut p, &self.wealth, "gain-wealth", false).unwrap_or_default();
            Some(Housing {
                rent_monthly: rent.unwrap_or_default(),
                area: area.unwrap_or(Decimal::ONE),
                heating_separate: self.heating_separate,
                hot_water_included: self.hot_water_included,
                electricity_included: self.electricity_included,
                wealth,
            })
        } else {
            None
        };
        let hours = amount(&mut p, &self.job_hours, "gain-job-hours", true);
        let wage = amount(&mut p, &self.job_wage, "gain-job-wage", true);
        let childcare = amount(&mut p, &self.childcare, "gain-childcare-price", false).unwrap_or_default();
        let transport = amount(&mut p, &self.transport, "gain-transport-cost", false).unwrap_or_default();
        if !rules().kommuner.iter().any(|k| k.name == self.municipality) {
            p.push(("gain-municipality", "gain-error-municipality"));
        }
        if !p.is_empty() {
            return Err(p);
        }
        let s = Scenario {
            date,
            municipality: self.municipality.clone(),
            adults,
            married: self.partner && self.married,
            children,
            housing,
            job: Job { hours_per_week: hours.unwrap_or_default(), hourly_wage: wage, monthly_wage: None },
            costs: Costs { childcare_monthly: childcare, transport_monthly: transport },
        };
        // The engine's own checks (more than 80 hours a week, age range, amounts too large).
        s.check().map_err(|e| vec![(check_field(&e.field), "gain-error-range")])?;
        Ok(s)
    }
}

/// The questionnaire field behind a scenario field the engine refused.
pub(super) fn check_field(field: &str) -> &'static str {
    const MAP: &[(&str, &str)] = &[
        ("housing.rent_monthly", "gain-rent"),
        ("housing.area", "gain-area"),
        ("housing.wealth", "gain-wealth"),
        ("costs.childcare_monthly", "gain-childcare-price"),
        ("costs.transport_monthly", "gain-transport-cost"),
        ("job.hours_per_week", "gain-job-hours"),
        ("job", "gain-job-wage"),
        ("adults[0].benefit.monthly_amount", "gain-kh-amount"),
        ("adults[0].benefit.tilpasningstillaeg", "gain-kh-tilpasning"),
        ("adults[0].benefit.monthly_rate", "gain-dp-rate"),
        ("adults[0].benefit.previous_monthly_wage", "gain-dp-prev-wage"),
        ("adults[0].benefit.hourly_wage", "gain-syg-wage"),
        ("adults[0].benefit.normal_hours_per_week", "gain-syg-hours"),
        ("adults[0].birth_year", "gain-birth-year"),
        ("adults[0].birth_month", "gain-birth-month"),
        ("adults[0].capital_income", "gain-capital-income"),
        ("adults[1].capital_income", "gain-partner-capital-income"),
        ("adults[1].work.hours_per_week", "gain-partner-hours"),
        ("adults[1].work", "gain-partner-wage"),
        ("adults[1].benefit", "gain-partner-kh-amount"),
        ("adults[1]", "gain-partner-age"),
        ("children", "gain-children"),
    ];
    MAP.iter().find(|(prefix, _)| field.starts_with(prefix)).map(|(_, id)| *id).unwrap_or("gain-age")
}

pub(super) fn field_step(field: &str) -> usize {
    match field {
        "gain-age" | "gain-municipality" | "gain-birth-year" | "gain-birth-month" | "gain-capital-income" => 0,
        f if f.starts_with("gain-partner") => 1,
        "gain-children" | "gain-childcare-price" => 2,
        "gain-rent" | "gain-area" | "gain-wealth" => 3,
        "gain-kh-amount" | "gain-kh-months" | "gain-kh-tilpasning" | "gain-dp-rate" | "gain-dp-prev-wage" | "gain-syg-wage" | "gain-syg-hours" => 4,
        _ => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_plain_numbers() {
        assert_eq!(number("12.500"), Some(Decimal::from(12500)));
        assert_eq!(number("12 500"), Some(Decimal::from(12500)));
        assert_eq!(number("165,50"), Some("165.50".parse().unwrap()));
        assert_eq!(number("165.5"), Some("165.5".parse().unwrap()));
        assert_eq!(number("1.234.567,5"), Some("1234567.5".parse().unwrap()));
        assert_eq!(number("abc"), None);
        assert_eq!(number(""), None);
    }
}
