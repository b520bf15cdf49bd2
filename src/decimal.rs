//! Exact decimals: a signed 128-bit mantissa and a base-10 scale.
//!
//! In: digit strings from the value grammar. Out: exact values that print as
//! plain decimal strings (`"5.70"`, `"-1200"`, `"9900000"`). No `f64` anywhere:
//! a printed `5,70` keeps its trailing zero, and `9,9 × 1 000 000` is exactly
//! `9900000`. Numbers that do not fit 38 significant digits are refused
//! (`None`), never rounded.

use std::cmp::Ordering;
use std::fmt;

/// An exact decimal `mantissa × 10^-scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Dec {
    mantissa: i128,
    scale: u32,
}

/// Most digits a [`Dec`] holds (i128 holds every 38-digit number).
pub const MAX_DIGITS: usize = 38;

impl Dec {
    pub const ZERO: Dec = Dec {
        mantissa: 0,
        scale: 0,
    };

    pub fn new(mantissa: i128, scale: u32) -> Dec {
        Dec { mantissa, scale }
    }

    pub fn from_int(v: i64) -> Dec {
        Dec {
            mantissa: v as i128,
            scale: 0,
        }
    }

    pub fn mantissa(self) -> i128 {
        self.mantissa
    }

    pub fn scale(self) -> u32 {
        self.scale
    }

    /// Builds a decimal from ASCII integer digits and fraction digits, as printed.
    /// `from_digits(false, "42755", "")` is 42755; `from_digits(true, "0", "02")` is -0.02.
    /// Returns `None` when there are no digits, a non-digit, or more than [`MAX_DIGITS`].
    pub fn from_digits(negative: bool, int: &str, frac: &str) -> Option<Dec> {
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let int_trimmed = int.trim_start_matches('0');
        if int_trimmed.len() + frac.len() > MAX_DIGITS {
            return None;
        }
        let mut m: i128 = 0;
        for b in int_trimmed.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            m = m * 10 + (b - b'0') as i128;
        }
        Some(Dec {
            mantissa: if negative { -m } else { m },
            scale: frac.len() as u32,
        })
    }

    /// Parses the normalised form this type prints (`-12.50`).
    pub fn parse(s: &str) -> Option<Dec> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() {
            return None;
        }
        Dec::from_digits(neg, int, frac)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    pub fn negate(self) -> Dec {
        Dec {
            mantissa: -self.mantissa,
            scale: self.scale,
        }
    }

    pub fn abs(self) -> Dec {
        Dec {
            mantissa: self.mantissa.abs(),
            scale: self.scale,
        }
    }

    /// Whether this value has no fractional part (after dropping trailing zeros).
    pub fn is_integer(self) -> bool {
        let p = pow10(self.scale);
        match p {
            Some(p) => self.mantissa % p == 0,
            None => self.mantissa == 0,
        }
    }

    /// Integer part, when the value is whole and fits an i64.
    pub fn to_i64(self) -> Option<i64> {
        if !self.is_integer() {
            return None;
        }
        let p = pow10(self.scale)?;
        i64::try_from(self.mantissa / p).ok()
    }

    fn rescale(self, scale: u32) -> Option<Dec> {
        if scale < self.scale {
            return None;
        }
        let p = pow10(scale - self.scale)?;
        Some(Dec {
            mantissa: self.mantissa.checked_mul(p)?,
            scale,
        })
    }

    pub fn checked_add(self, other: Dec) -> Option<Dec> {
        let s = self.scale.max(other.scale);
        let a = self.rescale(s)?;
        let b = other.rescale(s)?;
        Some(Dec {
            mantissa: a.mantissa.checked_add(b.mantissa)?,
            scale: s,
        })
    }

    pub fn checked_sub(self, other: Dec) -> Option<Dec> {
        self.checked_add(other.negate())
    }

    /// Exact product. The scale of the result is the sum of scales, then
    /// trailing zeros are dropped down to the larger of the two scales,
    /// so `9.9 × 1000000` prints `9900000` and `5.70 × 1` prints `5.70`.
    pub fn checked_mul(self, other: Dec) -> Option<Dec> {
        let mut r = Dec {
            mantissa: self.mantissa.checked_mul(other.mantissa)?,
            scale: self.scale + other.scale,
        };
        let keep = self.scale.max(other.scale);
        if other.scale == 0 && other.mantissa != 1 && other.mantissa != 0 {
            // a pure multiplier (1000, 1000000): keep no trailing zeros it made
            r = r.normalize_to(0);
        } else {
            r = r.normalize_to(keep);
        }
        Some(r)
    }

    /// Drops trailing fractional zeros until `min_scale` is reached.
    pub fn normalize_to(self, min_scale: u32) -> Dec {
        let mut r = self;
        while r.scale > min_scale && r.mantissa % 10 == 0 {
            r.mantissa /= 10;
            r.scale -= 1;
        }
        r
    }

    /// Number of digits after the point as printed (the rounding unit of a published figure).
    pub fn unit_of_last_digit(self) -> Dec {
        Dec {
            mantissa: 1,
            scale: self.scale,
        }
    }
}

fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

impl Ord for Dec {
    fn cmp(&self, other: &Self) -> Ordering {
        let s = self.scale.max(other.scale);
        match (self.rescale(s), other.rescale(s)) {
            (Some(a), Some(b)) => a.mantissa.cmp(&b.mantissa),
            // overflow on rescale only for huge values; compare by sign then scale
            _ => self.mantissa.signum().cmp(&other.mantissa.signum()),
        }
    }
}

impl PartialOrd for Dec {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Dec {
    /// Writes the plain decimal string into `buf` (no allocation) and returns it;
    /// `None` when it would not fit (a scale far beyond [`MAX_DIGITS`]).
    fn write_to(self, buf: &mut [u8; 96]) -> Option<&str> {
        let scale = self.scale as usize;
        // at most 39 digits or scale + 1 with zeros, a point and a sign
        if scale > 48 {
            return None;
        }
        // written right to left at the end of `buf`: the digits, then zeros up
        // to the point, the point and the sign in front (no copies of the digits)
        let end = buf.len();
        let mut d = end;
        let m = self.mantissa.unsigned_abs();
        // a 128-bit division is a library call per digit; nearly every printed
        // value fits 64 bits, where dividing by 10 is a multiplication
        match u64::try_from(m) {
            Ok(mut m) => loop {
                d -= 1;
                buf[d] = b'0' + (m % 10) as u8;
                m /= 10;
                if m == 0 {
                    break;
                }
            },
            Err(_) => {
                let mut m = m;
                loop {
                    d -= 1;
                    buf[d] = b'0' + (m % 10) as u8;
                    m /= 10;
                    if m == 0 {
                        break;
                    }
                }
            }
        }
        if scale > 0 {
            // a digit before the point at least: `0.05`
            while end - d < scale + 1 {
                d -= 1;
                buf[d] = b'0';
            }
            // the integer digits move one left to make room for the point
            let point = end - scale;
            buf.copy_within(d..point, d - 1);
            d -= 1;
            buf[point - 1] = b'.';
        }
        if self.mantissa < 0 {
            d -= 1;
            buf[d] = b'-';
        }
        // only ASCII digits, `-` and `.` were written
        std::str::from_utf8(&buf[d..]).ok()
    }

    /// The digit string as [`Display`](fmt::Display) prints it, for a scale too
    /// large for [`write_to`](Self::write_to)'s buffer.
    fn fmt_long(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        if neg {
            f.write_str("-")?;
        }
        if digits.len() <= scale {
            f.write_str("0.")?;
            for _ in 0..(scale - digits.len()) {
                f.write_str("0")?;
            }
            f.write_str(&digits)
        } else {
            let (i, fr) = digits.split_at(digits.len() - scale);
            f.write_str(i)?;
            f.write_str(".")?;
            f.write_str(fr)
        }
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 96];
        match self.write_to(&mut buf) {
            Some(s) => f.write_str(s),
            None => self.fmt_long(f),
        }
    }
}

impl serde::Serialize for Dec {
    /// One string, written without a heap copy (every number of every table
    /// and figure goes through here).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 96];
        match self.write_to(&mut buf) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(self),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Dec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Dec, D::Error> {
        let s = String::deserialize(d)?;
        Dec::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a decimal: {s}")))
    }
}

impl schemars::JsonSchema for Dec {
    fn schema_name() -> String {
        "Decimal".to_string()
    }
    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            string: Some(Box::new(schemars::schema::StringValidation {
                pattern: Some(r"^-?[0-9]+(\.[0-9]+)?$".to_string()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        Dec::parse(s).unwrap()
    }

    #[test]
    fn prints_as_printed() {
        for s in ["5.70", "-1200", "0.47", "-0.02", "42755", "0", "100.00"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    /// The buffer-based printing of `Display` and `Serialize` gives the same
    /// string as the allocating one it replaced, for every sign, length and scale.
    #[test]
    fn buffer_printing_matches_the_long_form() {
        struct Long(Dec);
        impl fmt::Display for Long {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if self.0.scale == 0 {
                    return write!(f, "{}", self.0.mantissa);
                }
                self.0.fmt_long(f)
            }
        }
        let mantissas = [
            0,
            1,
            -1,
            7,
            -42,
            570,
            -1200,
            9_900_000,
            i128::MAX,
            i128::MIN,
            i128::MIN + 1,
            u64::MAX as i128,
            u64::MAX as i128 + 1,
            -(u64::MAX as i128),
            -(u64::MAX as i128) - 1,
        ];
        for &m in &mantissas {
            for scale in [0u32, 1, 2, 3, 10, 38, 39, 40, 48, 49, 60] {
                let dec = Dec::new(m, scale);
                let want = Long(dec).to_string();
                assert_eq!(dec.to_string(), want, "{m} scale {scale}");
                assert_eq!(serde_json::to_string(&dec).unwrap(), format!("\"{want}\""));
            }
        }
        proptest::proptest!(|(m: i128, scale in 0u32..64)| {
            let dec = Dec::new(m, scale);
            proptest::prop_assert_eq!(dec.to_string(), Long(dec).to_string());
        });
    }

    #[test]
    fn multiplies_exactly() {
        assert_eq!(
            d("9.9").checked_mul(d("1000000")).unwrap().to_string(),
            "9900000"
        );
        assert_eq!(
            d("-1200").checked_mul(d("1000")).unwrap().to_string(),
            "-1200000"
        );
        assert_eq!(d("5.70").checked_mul(d("1")).unwrap().to_string(), "5.70");
        assert_eq!(
            d("357.4").checked_mul(d("1000000")).unwrap().to_string(),
            "357400000"
        );
        assert_eq!(d("0.47").checked_mul(d("1")).unwrap().to_string(), "0.47");
        assert_eq!(d("1.5").checked_mul(d("0.5")).unwrap().to_string(), "0.75");
    }

    #[test]
    fn adds_and_compares() {
        assert_eq!(d("15.527").checked_add(d("12.704")).unwrap(), d("28.231"));
        assert!(d("28.230") < d("28.231"));
        assert_eq!(d("1.0").cmp(&d("1")), Ordering::Equal);
        assert_eq!(d("1.50").checked_sub(d("0.5")).unwrap().to_string(), "1.00");
    }

    #[test]
    fn refuses_overlong() {
        let long = "9".repeat(39);
        assert!(Dec::from_digits(false, &long, "").is_none());
        assert!(Dec::from_digits(false, &"9".repeat(38), "").is_some());
        assert!(Dec::from_digits(false, "", "").is_none());
        assert!(Dec::parse("-").is_none());
        assert!(Dec::parse("1.2.3").is_none());
    }
}
