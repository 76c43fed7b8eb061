## Contacts: the table, its search and filters, the status line; the relationship badges
## (also on the contact page) and the shortcut line of tooltips.
## The count of all contacts is contacts-count in app.ftl.

contacts-loading = Loading contacts…
contacts-matching = { $total ->
    [one] { $shown } of { $total } contact matches
   *[other] { $shown } of { $total } contacts match
}
contacts-search-failed = Search failed: { $error }
contacts-no-match = No contact matches the search and filters.
contacts-clear-all = Clear search and filters
contacts-search = Search
contacts-search-hint = name, company, position, notes, tags
contacts-search-tooltip = Search contacts
contacts-clear = Clear
contacts-filter = Filter:
contacts-remove-tag-filter = Remove this tag filter
contacts-tag-filter = Tag filter
contacts-add-tag-filter = add tag…

contacts-col-name = Name
contacts-col-company = Company
contacts-col-position = Position
contacts-col-tags = Tags
contacts-col-last-interaction = Last interaction
contacts-sort-by-name = Sort by name
contacts-sort-by-company = Sort by company
contacts-sort-by-position = Sort by position
contacts-sort-by-platform = Sort by the relationship on { $platform }
contacts-sort-by-tags = Sort by tags
contacts-sort-by-last-interaction = Sort by last interaction


# A tooltip: what the control does, then its keyboard shortcut (e.g. Ctrl+F) on a line of its own.
contacts-shortcut-tooltip =
    { $what }
    Shortcut: { $keys }
