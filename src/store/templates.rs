//! Reply templates as people edited them (the `templates` table), falling back to the
//! defaults shipped in `assets/templates.toml`.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use crate::domain::templates::{Templates, is_valid_name};

impl super::Store {
    /// The template's body: as edited, or the shipped default.
    pub fn template(&self, name: &str) -> Result<String, StoreError> {
        if let Some(body) = self.stored_template(name)? {
            return Ok(body);
        }
        Templates::builtin()
            .get(name)
            .map(str::to_owned)
            .ok_or_else(|| StoreError::NoSuchTemplate(name.to_owned()))
    }

    /// Whether the template was edited (so "Reset" would change it).
    pub fn template_is_edited(&self, name: &str) -> Result<bool, StoreError> {
        Ok(self.stored_template(name)?.is_some())
    }

    /// Stores an edited body. A name that ships no default creates a new template.
    pub fn set_template(&mut self, name: &str, body: &str) -> Result<(), StoreError> {
        self.apply(crate::domain::command::Command::SetTemplate {
            name: name.to_owned(),
            body: Some(body.to_owned()),
        })
        .map(|_| ())
    }

    /// Forgets the edit: the shipped default applies again (a template that ships none is gone).
    pub fn reset_template(&mut self, name: &str) -> Result<(), StoreError> {
        self.apply(crate::domain::command::Command::SetTemplate {
            name: name.to_owned(),
            body: None,
        })
        .map(|_| ())
    }

    /// Every template name: the shipped ones in their order, then the ones people added, sorted.
    pub fn template_names(&self) -> Result<Vec<String>, StoreError> {
        let shipped = Templates::builtin();
        let mut names: Vec<String> = shipped.names().map(str::to_owned).collect();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM templates ORDER BY name")?;
        let stored = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for name in stored {
            let name = name?;
            if shipped.get(&name).is_none() {
                names.push(name);
            }
        }
        Ok(names)
    }

    fn stored_template(&self, name: &str) -> Result<Option<String>, StoreError> {
        stored(&self.conn, name)
    }
}

/// The edited body of a template, if it was edited.
pub(crate) fn stored(conn: &Connection, name: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT body FROM templates WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// Stores (`Some`) or forgets (`None`) an edited body.
pub(crate) fn write(conn: &Connection, name: &str, body: Option<&str>) -> Result<(), StoreError> {
    if !is_valid_name(name) {
        return Err(StoreError::InvalidTemplateName(name.to_owned()));
    }
    match body {
        Some(body) => {
            conn.prepare_cached(
                "INSERT INTO templates (name, body, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET body = excluded.body,
                                                  updated_at = excluded.updated_at",
            )?
            .execute(params![name, body, chrono::Utc::now().timestamp()])?;
        }
        None => {
            conn.prepare_cached("DELETE FROM templates WHERE name = ?1")?
                .execute([name])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::PlatformRules;
    use crate::store::{Store, StoreError};

    fn store() -> Store {
        Store::open_in_memory(PlatformRules::builtin()).unwrap()
    }

    #[test]
    fn a_template_is_the_shipped_default_until_edited_and_again_after_reset() {
        let mut s = store();
        let shipped = s.template("redirect.de.du").unwrap();
        assert!(shipped.contains("{first_name}"));
        assert!(!s.template_is_edited("redirect.de.du").unwrap());

        s.set_template("redirect.de.du", "Hey {first_name}, folg mir doch!")
            .unwrap();
        assert_eq!(
            s.template("redirect.de.du").unwrap(),
            "Hey {first_name}, folg mir doch!"
        );
        assert!(s.template_is_edited("redirect.de.du").unwrap());
        s.set_template("redirect.de.du", "Zweite Fassung").unwrap();
        assert_eq!(s.template("redirect.de.du").unwrap(), "Zweite Fassung");

        s.reset_template("redirect.de.du").unwrap();
        assert_eq!(s.template("redirect.de.du").unwrap(), shipped);
    }

    #[test]
    fn names_list_shipped_templates_then_added_ones() {
        let mut s = store();
        s.set_template("redirect.en", "edited").unwrap();
        s.set_template("follow_up.en", "new").unwrap();
        let names = s.template_names().unwrap();
        assert_eq!(names.len(), 13, "{names:?}");
        assert_eq!(names[0], "redirect.en");
        assert_eq!(names.last().unwrap(), "follow_up.en");
        // An added template without a default is gone after reset.
        s.reset_template("follow_up.en").unwrap();
        assert!(matches!(
            s.template("follow_up.en"),
            Err(StoreError::NoSuchTemplate(n)) if n == "follow_up.en"
        ));
    }

    #[test]
    fn invalid_names_are_refused_and_change_nothing() {
        let mut s = store();
        let e = s.set_template("Redirect DE", "x").unwrap_err();
        assert!(
            e.to_string()
                .contains("invalid template name 'Redirect DE'")
        );
        assert_eq!(s.template_names().unwrap().len(), 12);
    }
}
