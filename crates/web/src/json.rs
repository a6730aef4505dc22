//! JSON request bodies, read the way the API document describes them. Two rules differ from
//! plain serde: a struct (a documented object) is read from a JSON object only, at any depth —
//! serde would also fill one from an array, by position, so `["a reason"]` would have been a
//! `{"reason": "a reason"}` — and an integer field takes any JSON number without a fraction
//! (`3.0`, `3e0`), which JSON Schema counts as an integer.

use crate::error::respond;
use crate::extract::{unreadable, with_body};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use citybadges_app::Error;
use citybadges_i18n::Msg;
use futures_util::future::LocalBoxFuture;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, Visitor};
use std::fmt;

/// Read `T` from JSON text with the rules above.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = T::deserialize(Strict(&mut de))?;
    de.end()?;
    Ok(value)
}

/// A JSON body (`Content-Type: application/json` or `…+json`) read with [`from_slice`]. Too
/// large is 413; anything else unreadable is 400, saying why.
pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// Whether the request says its body is JSON.
pub fn is_json(req: &HttpRequest) -> bool {
    let kind = req.content_type().to_ascii_lowercase();
    kind.ends_with("/json") || kind.ends_with("+json")
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        with_body(req, payload, |req, body| {
            let body = body.map_err(|e| crate::bad_input(req, &e))?;
            if !is_json(req) {
                return Err(respond(
                    req.path(),
                    Error::BadRequest(Msg::new("err-body-not-json-type")),
                ));
            }
            from_slice(&body)
                .map(Json)
                .map_err(|e| unreadable(req, "err-body-unreadable", e))
        })
    }
}

/// The deserializer adapter: structs only from maps, integers from integral numbers, and the
/// same for everything inside.
struct Strict<D>(D);

/// A visitor wrapped so that what it visits next is read strictly too.
struct Wrap<V> {
    inner: V,
    integral: bool,
}

fn wrap<V>(inner: V) -> Wrap<V> {
    Wrap {
        inner,
        integral: false,
    }
}

struct Seed<S>(S);
struct Seq<A>(A);
struct Map<A>(A);
struct Enum<A>(A);
struct Variant<A>(A);

macro_rules! forward {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(wrap(visitor))
        }
    )*};
}

macro_rules! integral {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.deserialize_any(Wrap { inner: visitor, integral: true })
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward! {
        deserialize_any deserialize_bool deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    integral! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, wrap(visitor))
    }

    /// The point of it all: a struct is read as a map, so an array is refused.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(wrap(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! visit {
    ($($method:ident: $t:ty)*) => {$(
        fn $method<E: de::Error>(self, v: $t) -> Result<Self::Value, E> {
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.expecting(f)
    }

    visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_char: char visit_str: &str visit_string: String
        visit_bytes: &[u8] visit_byte_buf: Vec<u8>
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // 2^64 and -2^63 are exact as f64; anything within them without a fraction is an integer.
        if self.integral && v.fract() == 0.0 {
            if (0.0..18_446_744_073_709_551_616.0).contains(&v) {
                return self.inner.visit_u64(v as u64);
            }
            if (-9_223_372_036_854_775_808.0..0.0).contains(&v) {
                return self.inner.visit_i64(v as i64);
            }
        }
        self.inner.visit_f64(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.inner.visit_borrowed_str(v)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        self.inner.visit_borrowed_bytes(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_seq(Seq(seq))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_map(Map(map))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_enum(Enum(data))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for Seq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Map<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Enum<A> {
    type Error = A::Error;
    type Variant = Variant<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(Seed(seed))?;
        Ok((value, Variant(variant)))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Variant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        // A struct variant's body is an object too: refuse a sequence here as well.
        self.0.struct_variant(fields, MapOnly(wrap(visitor)))
    }
}

/// A visitor that takes maps only (what a struct variant's fields must come as).
struct MapOnly<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for MapOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        reason: String,
        count: Option<i32>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        items: Vec<Inner>,
        extra: Option<serde_json::Value>,
    }

    #[test]
    fn structs_come_from_objects_only() {
        assert_eq!(
            from_slice::<Inner>(br#"{"reason": "x"}"#).expect("object"),
            Inner {
                reason: "x".into(),
                count: None
            }
        );
        // Plain serde fills a struct from an array by position; the API does not.
        assert!(serde_json::from_slice::<Inner>(br#"["x", null]"#).is_ok());
        let err = from_slice::<Inner>(br#"["x", null]"#).expect_err("array");
        assert!(err.to_string().contains("invalid type: sequence"), "{err}");
        assert!(from_slice::<Outer>(br#"{"items": [["x", 1]]}"#).is_err());
        assert!(from_slice::<Outer>(br#"{"items": [{"reason": "x", "count": 1}]}"#).is_ok());
        // Free-form JSON inside keeps its arrays.
        let o = from_slice::<Outer>(br#"{"items": [], "extra": [[1, 2], {"a": [3]}]}"#)
            .expect("free-form");
        assert_eq!(o.extra, Some(serde_json::json!([[1, 2], {"a": [3]}])));
        assert!(from_slice::<Inner>(br#"{"reason": "x"} trailing"#).is_err());
    }

    #[test]
    fn integers_may_be_written_as_integral_numbers() {
        let i = from_slice::<Inner>(br#"{"reason": "x", "count": -1635.0}"#).expect("integral");
        assert_eq!(i.count, Some(-1635));
        assert_eq!(
            from_slice::<Inner>(br#"{"reason": "x", "count": 3e2}"#)
                .expect("exponent")
                .count,
            Some(300)
        );
        for bad in [
            r#"{"reason": "x", "count": 1.5}"#,
            r#"{"reason": "x", "count": 3e10}"#,
            r#"{"reason": "x", "count": "3"}"#,
        ] {
            assert!(from_slice::<Inner>(bad.as_bytes()).is_err(), "{bad}");
        }
    }
}
