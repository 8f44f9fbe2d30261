// generated — edit the schemas instead (src/schemas/, src/components/guide/*/*.schema.ts), then run
// `npm run cms:config` (src/cms/generate.ts). tests/cms/config.test.ts fails when this file is out of date.
import type { EditorComponentData } from './editor-components';

export const cmsConfig = {
  "load_config_file": false,
  "app_title": "Cyber Pocket Guide editor",
  "media_folder": "content/images",
  "public_folder": "/images",
  "show_preview_links": false,
  "output": {
    "omit_empty_optional_fields": true,
    "yaml": {
      "indent_size": 2,
      "indent_sequences": true,
      "quote": "none"
    }
  },
  "slug": {
    "encoding": "ascii",
    "clean_accents": true
  },
  "collections": [
    {
      "name": "guides",
      "label": "Guides",
      "label_singular": "Guide",
      "description": "Pages staff read: one .mdx file each in content/guides/",
      "folder": "content/guides",
      "format": "guide-mdx",
      "create": true,
      "identifier_field": "title",
      "slug": "{{slug}}",
      "summary": "{{title}}",
      "sortable_fields": [
        "title",
        "topic",
        "reviewDue"
      ],
      "fields": [
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": true
        },
        {
          "name": "summary",
          "label": "Summary",
          "widget": "text",
          "required": true
        },
        {
          "name": "topic",
          "label": "Topic",
          "widget": "select",
          "options": [
            "email-and-phishing",
            "passwords-and-accounts",
            "devices",
            "data-and-confidentiality",
            "incidents-and-reporting",
            "downtime",
            "working-safely"
          ],
          "required": true
        },
        {
          "name": "audience",
          "label": "Audience",
          "widget": "select",
          "options": [
            "all-staff",
            "clinical",
            "managers"
          ],
          "required": false
        },
        {
          "name": "keywords",
          "label": "Keywords",
          "widget": "list",
          "min": 1,
          "required": true
        },
        {
          "name": "reviewed",
          "label": "Reviewed",
          "widget": "datetime",
          "format": "YYYY-MM-DD",
          "time_format": false,
          "picker_utc": true,
          "required": true,
          "hint": "A date written as YYYY-MM-DD, like 2026-11-20"
        },
        {
          "name": "reviewDue",
          "label": "Review due",
          "widget": "datetime",
          "format": "YYYY-MM-DD",
          "time_format": false,
          "picker_utc": true,
          "required": true,
          "hint": "A date written as YYYY-MM-DD, like 2026-11-20"
        },
        {
          "name": "owner",
          "label": "Owner",
          "widget": "string",
          "required": true
        },
        {
          "name": "sources",
          "label": "Sources",
          "widget": "list",
          "min": 1,
          "fields": [
            {
              "name": "title",
              "label": "Title",
              "widget": "string",
              "required": true
            },
            {
              "name": "url",
              "label": "Address",
              "widget": "string",
              "required": true
            }
          ],
          "required": true
        },
        {
          "name": "order",
          "label": "Order",
          "widget": "number",
          "value_type": "int",
          "min": 0,
          "max": 9007199254740991,
          "required": false
        },
        {
          "name": "urgent",
          "label": "Urgent",
          "widget": "boolean",
          "required": false,
          "default": false
        },
        {
          "name": "urgentPhrases",
          "label": "Urgent phrases",
          "widget": "list",
          "required": false
        },
        {
          "name": "replaces",
          "label": "Replaces",
          "widget": "string",
          "pattern": [
            "^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9a-f]{12})$",
            "must match ^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9a-f]{12})$"
          ],
          "required": false
        },
        {
          "name": "related",
          "label": "Related",
          "widget": "list",
          "required": false
        },
        {
          "name": "body",
          "label": "Guide text",
          "widget": "markdown",
          "required": true,
          "modes": [
            "rich_text",
            "raw"
          ],
          "editor_components": [
            "Callout",
            "Checklist",
            "ContactCard",
            "Details",
            "DoDont",
            "NationWords",
            "Steps"
          ],
          "hint": "The guide itself. Insert boxes, steps and contact cards from the + menu."
        }
      ]
    },
    {
      "name": "checklists",
      "label": "Checklists",
      "description": "Lists staff tick: one .yaml file each in content/checklists/",
      "folder": "content/checklists",
      "format": "content-yaml",
      "create": true,
      "identifier_field": "title",
      "slug": "{{slug}}",
      "fields": [
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": true
        },
        {
          "name": "summary",
          "label": "Summary",
          "widget": "text",
          "required": true
        },
        {
          "name": "topic",
          "label": "Topic",
          "widget": "select",
          "options": [
            "email-and-phishing",
            "passwords-and-accounts",
            "devices",
            "data-and-confidentiality",
            "incidents-and-reporting",
            "downtime",
            "working-safely"
          ],
          "required": true
        },
        {
          "name": "reviewed",
          "label": "Reviewed",
          "widget": "datetime",
          "format": "YYYY-MM-DD",
          "time_format": false,
          "picker_utc": true,
          "required": true,
          "hint": "A date written as YYYY-MM-DD, like 2026-11-20"
        },
        {
          "name": "reviewDue",
          "label": "Review due",
          "widget": "datetime",
          "format": "YYYY-MM-DD",
          "time_format": false,
          "picker_utc": true,
          "required": true,
          "hint": "A date written as YYYY-MM-DD, like 2026-11-20"
        },
        {
          "name": "owner",
          "label": "Owner",
          "widget": "string",
          "required": true
        },
        {
          "name": "guide",
          "label": "Guide",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false
        },
        {
          "name": "section",
          "label": "Section",
          "widget": "string",
          "required": false
        },
        {
          "name": "items",
          "label": "Items",
          "widget": "list",
          "min": 1,
          "fields": [
            {
              "name": "id",
              "label": "ID",
              "widget": "string",
              "pattern": [
                "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
              ],
              "required": true
            },
            {
              "name": "action",
              "label": "Action",
              "widget": "text",
              "required": true
            },
            {
              "name": "why",
              "label": "Why",
              "widget": "text",
              "required": true
            }
          ],
          "required": true
        }
      ]
    },
    {
      "name": "scenarios",
      "label": "Spot the phish",
      "description": "Practice messages: one .yaml file each in content/scenarios/",
      "folder": "content/scenarios",
      "format": "content-yaml",
      "create": true,
      "identifier_field": "title",
      "slug": "{{slug}}",
      "fields": [
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": true
        },
        {
          "name": "channel",
          "label": "Channel",
          "widget": "select",
          "options": [
            "email",
            "text",
            "call",
            "qr",
            "in-person"
          ],
          "required": true
        },
        {
          "name": "verdict",
          "label": "Verdict",
          "widget": "select",
          "options": [
            "report",
            "fine"
          ],
          "required": true
        },
        {
          "name": "from",
          "label": "From",
          "widget": "string",
          "required": true
        },
        {
          "name": "fromDetail",
          "label": "From detail",
          "widget": "string",
          "required": false
        },
        {
          "name": "subject",
          "label": "Subject",
          "widget": "string",
          "required": false
        },
        {
          "name": "body",
          "label": "Body",
          "widget": "text",
          "required": true
        },
        {
          "name": "redFlags",
          "label": "Red flags",
          "widget": "list",
          "min": 1,
          "fields": [
            {
              "name": "quote",
              "label": "Quote",
              "widget": "string",
              "required": true
            },
            {
              "name": "why",
              "label": "Why",
              "widget": "text",
              "required": true
            }
          ],
          "required": true
        },
        {
          "name": "explanation",
          "label": "Explanation",
          "widget": "text",
          "required": true
        },
        {
          "name": "related",
          "label": "Related",
          "widget": "list",
          "required": false
        }
      ]
    },
    {
      "name": "settings",
      "label": "Tips and site settings",
      "files": [
        {
          "name": "tips",
          "label": "Tips",
          "file": "content/tips.yaml",
          "format": "yaml",
          "fields": [
            {
              "name": "tips",
              "label": "Tips",
              "widget": "list",
              "root": true,
              "fields": [
                {
                  "name": "id",
                  "label": "ID",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": true
                },
                {
                  "name": "category",
                  "label": "Category",
                  "widget": "select",
                  "options": [
                    "passwords",
                    "email",
                    "devices",
                    "data",
                    "reporting",
                    "working-safely"
                  ],
                  "required": true
                },
                {
                  "name": "text",
                  "label": "Text",
                  "widget": "text",
                  "required": true
                }
              ]
            }
          ]
        },
        {
          "name": "alerts",
          "label": "Scam alerts",
          "file": "content/alerts.yaml",
          "format": "yaml",
          "fields": [
            {
              "name": "alerts",
              "label": "Alerts",
              "widget": "list",
              "fields": [
                {
                  "name": "id",
                  "label": "ID",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": true
                },
                {
                  "name": "title",
                  "label": "Title",
                  "widget": "string",
                  "required": true
                },
                {
                  "name": "body",
                  "label": "Body",
                  "widget": "text",
                  "required": true
                },
                {
                  "name": "from",
                  "label": "From",
                  "widget": "string",
                  "pattern": [
                    "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
                    "must match ^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$"
                  ],
                  "required": true,
                  "hint": "A date like 2026-12-05, or a date and time like 2026-12-05T09:00, in UK time"
                },
                {
                  "name": "until",
                  "label": "Until",
                  "widget": "string",
                  "pattern": [
                    "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
                    "must match ^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$"
                  ],
                  "required": true,
                  "hint": "A date like 2026-12-05, or a date and time like 2026-12-05T09:00, in UK time"
                },
                {
                  "name": "level",
                  "label": "Level",
                  "widget": "select",
                  "options": [
                    "warning",
                    "urgent"
                  ],
                  "required": true
                },
                {
                  "name": "guide",
                  "label": "Guide",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": false
                },
                {
                  "name": "scenario",
                  "label": "Scenario",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": false
                }
              ],
              "required": false,
              "label_singular": "Alert",
              "summary": "{{fields.title}} ({{fields.from}} to {{fields.until}})"
            }
          ]
        },
        {
          "name": "site",
          "label": "Site settings",
          "file": "content/site.yaml",
          "format": "yaml",
          "fields": [
            {
              "name": "name",
              "label": "Name",
              "widget": "string",
              "required": true
            },
            {
              "name": "shortName",
              "label": "Short name",
              "widget": "string",
              "required": true
            },
            {
              "name": "organisation",
              "label": "Organisation",
              "widget": "string",
              "required": true
            },
            {
              "name": "description",
              "label": "Description",
              "widget": "text",
              "required": false
            },
            {
              "name": "nation",
              "label": "Nation",
              "widget": "select",
              "options": [
                "england",
                "wales",
                "scotland",
                "northern-ireland"
              ],
              "required": false
            },
            {
              "name": "url",
              "label": "Address",
              "widget": "string",
              "required": false
            },
            {
              "name": "basePath",
              "label": "Base path",
              "widget": "string",
              "pattern": [
                "^\\/([A-Za-z0-9._~-]+\\/)*$",
                "must match ^\\/([A-Za-z0-9._~-]+\\/)*$"
              ],
              "required": false
            },
            {
              "name": "logo",
              "label": "Logo",
              "widget": "string",
              "pattern": [
                "\\.(svg|png)$",
                "must match \\.(svg|png)$"
              ],
              "required": true
            },
            {
              "name": "colours",
              "label": "Colours",
              "widget": "object",
              "fields": [
                {
                  "name": "primary",
                  "label": "Primary",
                  "widget": "string",
                  "pattern": [
                    "^#[0-9a-fA-F]{6}$",
                    "must match ^#[0-9a-fA-F]{6}$"
                  ],
                  "required": true
                }
              ],
              "required": true
            },
            {
              "name": "contacts",
              "label": "Contacts",
              "widget": "object",
              "fields": [
                {
                  "name": "serviceDesk",
                  "label": "Service desk",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": true
                },
                {
                  "name": "reportPhishing",
                  "label": "Report phishing",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": false
                },
                {
                  "name": "informationGovernance",
                  "label": "Information governance",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": false
                },
                {
                  "name": "nationalPhishing",
                  "label": "National phishing",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": false
                },
                {
                  "name": "counterFraud",
                  "label": "Counter fraud",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": false
                },
                {
                  "name": "securityTeam",
                  "label": "Security team",
                  "widget": "object",
                  "fields": [
                    {
                      "name": "label",
                      "label": "Label",
                      "widget": "string",
                      "required": true
                    },
                    {
                      "name": "phone",
                      "label": "Phone",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "email",
                      "label": "Email",
                      "widget": "string",
                      "pattern": [
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        "must match ^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                      ],
                      "required": false
                    },
                    {
                      "name": "hours",
                      "label": "Hours",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "how",
                      "label": "How",
                      "widget": "text",
                      "required": false
                    },
                    {
                      "name": "url",
                      "label": "Address",
                      "widget": "string",
                      "required": false
                    },
                    {
                      "name": "source",
                      "label": "Source",
                      "widget": "string",
                      "required": false
                    }
                  ],
                  "required": false
                }
              ],
              "required": true
            },
            {
              "name": "offline",
              "label": "Offline",
              "widget": "object",
              "fields": [
                {
                  "name": "precacheBudgetKiB",
                  "label": "Precache budget (KiB)",
                  "widget": "number",
                  "value_type": "int",
                  "max": 9007199254740991,
                  "required": false
                },
                {
                  "name": "retire",
                  "label": "Retire",
                  "widget": "boolean",
                  "required": false,
                  "default": false
                }
              ],
              "required": false
            },
            {
              "name": "security",
              "label": "Security",
              "widget": "object",
              "fields": [
                {
                  "name": "contact",
                  "label": "Contact",
                  "widget": "string",
                  "pattern": [
                    "^(mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|https:\\/\\/\\S+)$",
                    "must match ^(mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|https:\\/\\/\\S+)$"
                  ],
                  "required": false
                },
                {
                  "name": "policy",
                  "label": "Policy",
                  "widget": "string",
                  "required": false
                },
                {
                  "name": "expiresInDays",
                  "label": "Expires in days",
                  "widget": "number",
                  "value_type": "int",
                  "min": 1,
                  "max": 365,
                  "required": false
                }
              ],
              "required": false
            },
            {
              "name": "pocketCard",
              "label": "Pocket card",
              "widget": "object",
              "fields": [
                {
                  "name": "guide",
                  "label": "Guide",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": false
                },
                {
                  "name": "contacts",
                  "label": "Contacts",
                  "widget": "list",
                  "min": 1,
                  "required": false
                }
              ],
              "required": false
            },
            {
              "name": "hide",
              "label": "Hide",
              "widget": "list",
              "required": false
            },
            {
              "name": "checks",
              "label": "Checks",
              "widget": "object",
              "fields": [
                {
                  "name": "readingAgeMax",
                  "label": "Reading age max",
                  "widget": "number",
                  "value_type": "float",
                  "min": 5,
                  "max": 25,
                  "required": false
                },
                {
                  "name": "longSentenceWords",
                  "label": "Long sentence words",
                  "widget": "number",
                  "value_type": "int",
                  "min": 8,
                  "max": 9007199254740991,
                  "required": false
                },
                {
                  "name": "reviewSoonDays",
                  "label": "Review soon days",
                  "widget": "number",
                  "value_type": "int",
                  "min": 1,
                  "max": 365,
                  "required": false
                }
              ],
              "required": false
            }
          ]
        },
        {
          "name": "help",
          "label": "Something's wrong? helper",
          "file": "content/help.yaml",
          "format": "yaml",
          "fields": [
            {
              "name": "question",
              "label": "Question",
              "widget": "string",
              "required": true,
              "hint": "The question this page asks, as its heading. A page with a question has answers."
            },
            {
              "name": "hint",
              "label": "Hint",
              "widget": "string",
              "required": false,
              "hint": "One short sentence under the question, to help people choose."
            },
            {
              "name": "answers",
              "label": "Answers",
              "widget": "list",
              "fields": [
                {
                  "name": "answer",
                  "label": "Answer",
                  "widget": "string",
                  "required": true,
                  "hint": "The words on the link that opens this page."
                },
                {
                  "name": "slug",
                  "label": "Slug",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": true,
                  "hint": "This page's part of its address, in lower-case words joined by hyphens: /help/<slug>/."
                },
                {
                  "name": "question",
                  "label": "Question",
                  "widget": "string",
                  "required": false,
                  "hint": "The question this page asks, as its heading. A page with a question has answers."
                },
                {
                  "name": "hint",
                  "label": "Hint",
                  "widget": "string",
                  "required": false,
                  "hint": "One short sentence under the question, to help people choose."
                },
                {
                  "name": "answers",
                  "label": "Answers",
                  "widget": "list",
                  "fields": [
                    {
                      "name": "answer",
                      "label": "Answer",
                      "widget": "string",
                      "required": true,
                      "hint": "The words on the link that opens this page."
                    },
                    {
                      "name": "slug",
                      "label": "Slug",
                      "widget": "string",
                      "pattern": [
                        "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                        "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                      ],
                      "required": true,
                      "hint": "This page's part of its address, in lower-case words joined by hyphens: /help/<slug>/."
                    },
                    {
                      "name": "title",
                      "label": "Title",
                      "widget": "string",
                      "required": false,
                      "hint": "An end page's heading. An end page has title, guide and contacts."
                    },
                    {
                      "name": "now",
                      "label": "Now",
                      "widget": "string",
                      "required": false,
                      "hint": "The one thing to do first, in the \"Do this now\" box. Leave it out to show the guide's urgent Callout."
                    },
                    {
                      "name": "guide",
                      "label": "Guide",
                      "widget": "string",
                      "pattern": [
                        "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                        "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                      ],
                      "required": false,
                      "hint": "The guide whose steps this page shows: its file name in guides/, without .mdx."
                    },
                    {
                      "name": "section",
                      "label": "Section",
                      "widget": "string",
                      "required": false,
                      "hint": "A heading of the guide whose Steps to show, instead of its first Steps."
                    },
                    {
                      "name": "notes",
                      "label": "Notes",
                      "widget": "list",
                      "required": false,
                      "hint": "Anything else worth knowing now, one short paragraph each."
                    },
                    {
                      "name": "moreGuides",
                      "label": "More guides",
                      "widget": "list",
                      "required": false,
                      "hint": "Other guides worth reading next, by file name."
                    },
                    {
                      "name": "contacts",
                      "label": "Contacts",
                      "widget": "list",
                      "min": 1,
                      "required": false,
                      "hint": "Whom to contact, most important first: names under contacts in site.yaml."
                    },
                    {
                      "name": "pocketCard",
                      "label": "Pocket card",
                      "widget": "boolean",
                      "required": false,
                      "hint": "Also link the printable downtime pocket card."
                    }
                  ],
                  "required": false
                },
                {
                  "name": "title",
                  "label": "Title",
                  "widget": "string",
                  "required": false,
                  "hint": "An end page's heading. An end page has title, guide and contacts."
                },
                {
                  "name": "now",
                  "label": "Now",
                  "widget": "string",
                  "required": false,
                  "hint": "The one thing to do first, in the \"Do this now\" box. Leave it out to show the guide's urgent Callout."
                },
                {
                  "name": "guide",
                  "label": "Guide",
                  "widget": "string",
                  "pattern": [
                    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
                  ],
                  "required": false,
                  "hint": "The guide whose steps this page shows: its file name in guides/, without .mdx."
                },
                {
                  "name": "section",
                  "label": "Section",
                  "widget": "string",
                  "required": false,
                  "hint": "A heading of the guide whose Steps to show, instead of its first Steps."
                },
                {
                  "name": "notes",
                  "label": "Notes",
                  "widget": "list",
                  "required": false,
                  "hint": "Anything else worth knowing now, one short paragraph each."
                },
                {
                  "name": "moreGuides",
                  "label": "More guides",
                  "widget": "list",
                  "required": false,
                  "hint": "Other guides worth reading next, by file name."
                },
                {
                  "name": "contacts",
                  "label": "Contacts",
                  "widget": "list",
                  "min": 1,
                  "required": false,
                  "hint": "Whom to contact, most important first: names under contacts in site.yaml."
                },
                {
                  "name": "pocketCard",
                  "label": "Pocket card",
                  "widget": "boolean",
                  "required": false,
                  "hint": "Also link the printable downtime pocket card."
                }
              ],
              "required": true
            }
          ]
        }
      ]
    },
    {
      "name": "pages",
      "label": "Site pages",
      "label_singular": "Site page",
      "description": "About this guide, the accessibility statement and the privacy notice: one .mdx file each in content/pages/",
      "folder": "content/pages",
      "format": "guide-mdx",
      "create": false,
      "delete": false,
      "identifier_field": "title",
      "slug": "{{slug}}",
      "summary": "{{title}}",
      "fields": [
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": true
        },
        {
          "name": "description",
          "label": "Description",
          "widget": "text",
          "required": false
        },
        {
          "name": "body",
          "label": "Page text",
          "widget": "markdown",
          "required": true,
          "modes": [
            "raw"
          ],
          "hint": "The page itself, in Markdown. <SiteName />, <Organisation />, <ContactName name=\"serviceDesk\" />, <Phone name=\"serviceDesk\" />, <Email name=\"serviceDesk\" />, <Words name=\"progress.clear\" /> and <DeviceKey name=\"practice\" /> show this copy's own values: see \"Site pages\" in content/README.md."
        }
      ]
    }
  ]
} as const;

/** Switches a guide leaves out while they are at their default: the editor does not write them either. */
export const unwrittenGuideDefaults: Record<string, unknown> = {"urgent":false};

export const editorComponentData: EditorComponentData[] = [
  {
    "id": "Callout",
    "label": "Callout",
    "fields": [
      {
        "name": "type",
        "label": "Type",
        "widget": "select",
        "options": [
          "info",
          "warning",
          "urgent"
        ],
        "required": false
      },
      {
        "name": "title",
        "label": "Title",
        "widget": "string",
        "required": false
      },
      {
        "name": "children",
        "label": "Text",
        "widget": "markdown",
        "required": true
      },
      {
        "name": "layout",
        "label": "Layout",
        "widget": "hidden",
        "required": false
      }
    ],
    "wrapsText": true
  },
  {
    "id": "Checklist",
    "label": "Checklist",
    "fields": [
      {
        "name": "name",
        "label": "Checklist name",
        "widget": "string",
        "required": true
      }
    ],
    "wrapsText": false
  },
  {
    "id": "ContactCard",
    "label": "Contact card",
    "fields": [
      {
        "name": "name",
        "label": "Contact name",
        "widget": "string",
        "required": true
      },
      {
        "name": "headingLevel",
        "label": "Heading level",
        "widget": "select",
        "options": [
          2,
          3,
          4
        ],
        "required": false
      }
    ],
    "wrapsText": false
  },
  {
    "id": "Details",
    "label": "Details",
    "fields": [
      {
        "name": "summary",
        "label": "Summary",
        "widget": "text",
        "required": true
      },
      {
        "name": "children",
        "label": "Text",
        "widget": "markdown",
        "required": true
      },
      {
        "name": "layout",
        "label": "Layout",
        "widget": "hidden",
        "required": false
      }
    ],
    "wrapsText": true
  },
  {
    "id": "DoDont",
    "label": "Do and don't",
    "fields": [
      {
        "name": "do",
        "label": "Do",
        "widget": "list",
        "required": true
      },
      {
        "name": "dont",
        "label": "Don't",
        "widget": "list",
        "required": true
      }
    ],
    "wrapsText": false
  },
  {
    "id": "NationWords",
    "label": "Words for this nation",
    "fields": [
      {
        "name": "name",
        "label": "Sentence name",
        "widget": "string",
        "required": true
      }
    ],
    "wrapsText": false
  },
  {
    "id": "Steps",
    "label": "Steps",
    "fields": [
      {
        "name": "children",
        "label": "Text",
        "widget": "markdown",
        "required": true
      },
      {
        "name": "layout",
        "label": "Layout",
        "widget": "hidden",
        "required": false
      }
    ],
    "wrapsText": true
  }
];

/** The form for a file whose overlay version has another shape than the central one (help.yaml), by the file's name. */
export const overlayFileFields: Record<string, Record<string, unknown>[]> = {
  "help": [
    {
      "name": "change",
      "label": "Change",
      "widget": "list",
      "fields": [
        {
          "name": "page",
          "label": "Page",
          "widget": "string",
          "required": true,
          "hint": "The page to change, by its address: what follows /help/ in the browser."
        },
        {
          "name": "answer",
          "label": "Answer",
          "widget": "string",
          "required": false,
          "hint": "The words on the link that opens this page."
        },
        {
          "name": "question",
          "label": "Question",
          "widget": "string",
          "required": false,
          "hint": "The question this page asks, as its heading. A page with a question has answers."
        },
        {
          "name": "hint",
          "label": "Hint",
          "widget": "string",
          "required": false,
          "hint": "One short sentence under the question, to help people choose."
        },
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": false,
          "hint": "An end page's heading. An end page has title, guide and contacts."
        },
        {
          "name": "now",
          "label": "Now",
          "widget": "string",
          "required": false,
          "hint": "The one thing to do first, in the \"Do this now\" box. Leave it out to show the guide's urgent Callout."
        },
        {
          "name": "guide",
          "label": "Guide",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false,
          "hint": "The guide whose steps this page shows: its file name in guides/, without .mdx."
        },
        {
          "name": "section",
          "label": "Section",
          "widget": "string",
          "required": false,
          "hint": "A heading of the guide whose Steps to show, instead of its first Steps."
        },
        {
          "name": "notes",
          "label": "Notes",
          "widget": "list",
          "required": false,
          "hint": "Anything else worth knowing now, one short paragraph each."
        },
        {
          "name": "moreGuides",
          "label": "More guides",
          "widget": "list",
          "required": false,
          "hint": "Other guides worth reading next, by file name."
        },
        {
          "name": "contacts",
          "label": "Contacts",
          "widget": "list",
          "min": 1,
          "required": false,
          "hint": "Whom to contact, most important first: names under contacts in site.yaml."
        },
        {
          "name": "pocketCard",
          "label": "Pocket card",
          "widget": "boolean",
          "required": false,
          "hint": "Also link the printable downtime pocket card."
        }
      ],
      "required": false
    },
    {
      "name": "add",
      "label": "Add",
      "widget": "list",
      "fields": [
        {
          "name": "to",
          "label": "To",
          "widget": "string",
          "required": true,
          "hint": "The question the new answer goes on, by its address; \"/\" is the first question."
        },
        {
          "name": "before",
          "label": "Before",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false,
          "hint": "The slug of the answer it goes before; without it, it goes last."
        },
        {
          "name": "answer",
          "label": "Answer",
          "widget": "string",
          "required": true,
          "hint": "The words on the link that opens this page."
        },
        {
          "name": "slug",
          "label": "Slug",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": true,
          "hint": "This page's part of its address, in lower-case words joined by hyphens: /help/<slug>/."
        },
        {
          "name": "question",
          "label": "Question",
          "widget": "string",
          "required": false,
          "hint": "The question this page asks, as its heading. A page with a question has answers."
        },
        {
          "name": "hint",
          "label": "Hint",
          "widget": "string",
          "required": false,
          "hint": "One short sentence under the question, to help people choose."
        },
        {
          "name": "answers",
          "label": "Answers",
          "widget": "list",
          "fields": [
            {
              "name": "answer",
              "label": "Answer",
              "widget": "string",
              "required": true,
              "hint": "The words on the link that opens this page."
            },
            {
              "name": "slug",
              "label": "Slug",
              "widget": "string",
              "pattern": [
                "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
              ],
              "required": true,
              "hint": "This page's part of its address, in lower-case words joined by hyphens: /help/<slug>/."
            },
            {
              "name": "title",
              "label": "Title",
              "widget": "string",
              "required": false,
              "hint": "An end page's heading. An end page has title, guide and contacts."
            },
            {
              "name": "now",
              "label": "Now",
              "widget": "string",
              "required": false,
              "hint": "The one thing to do first, in the \"Do this now\" box. Leave it out to show the guide's urgent Callout."
            },
            {
              "name": "guide",
              "label": "Guide",
              "widget": "string",
              "pattern": [
                "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
              ],
              "required": false,
              "hint": "The guide whose steps this page shows: its file name in guides/, without .mdx."
            },
            {
              "name": "section",
              "label": "Section",
              "widget": "string",
              "required": false,
              "hint": "A heading of the guide whose Steps to show, instead of its first Steps."
            },
            {
              "name": "notes",
              "label": "Notes",
              "widget": "list",
              "required": false,
              "hint": "Anything else worth knowing now, one short paragraph each."
            },
            {
              "name": "moreGuides",
              "label": "More guides",
              "widget": "list",
              "required": false,
              "hint": "Other guides worth reading next, by file name."
            },
            {
              "name": "contacts",
              "label": "Contacts",
              "widget": "list",
              "min": 1,
              "required": false,
              "hint": "Whom to contact, most important first: names under contacts in site.yaml."
            },
            {
              "name": "pocketCard",
              "label": "Pocket card",
              "widget": "boolean",
              "required": false,
              "hint": "Also link the printable downtime pocket card."
            }
          ],
          "required": false
        },
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": false,
          "hint": "An end page's heading. An end page has title, guide and contacts."
        },
        {
          "name": "now",
          "label": "Now",
          "widget": "string",
          "required": false,
          "hint": "The one thing to do first, in the \"Do this now\" box. Leave it out to show the guide's urgent Callout."
        },
        {
          "name": "guide",
          "label": "Guide",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false,
          "hint": "The guide whose steps this page shows: its file name in guides/, without .mdx."
        },
        {
          "name": "section",
          "label": "Section",
          "widget": "string",
          "required": false,
          "hint": "A heading of the guide whose Steps to show, instead of its first Steps."
        },
        {
          "name": "notes",
          "label": "Notes",
          "widget": "list",
          "required": false,
          "hint": "Anything else worth knowing now, one short paragraph each."
        },
        {
          "name": "moreGuides",
          "label": "More guides",
          "widget": "list",
          "required": false,
          "hint": "Other guides worth reading next, by file name."
        },
        {
          "name": "contacts",
          "label": "Contacts",
          "widget": "list",
          "min": 1,
          "required": false,
          "hint": "Whom to contact, most important first: names under contacts in site.yaml."
        },
        {
          "name": "pocketCard",
          "label": "Pocket card",
          "widget": "boolean",
          "required": false,
          "hint": "Also link the printable downtime pocket card."
        }
      ],
      "required": false
    },
    {
      "name": "hide",
      "label": "Hide",
      "widget": "list",
      "required": false
    }
  ],
  "alerts": [
    {
      "name": "alerts",
      "label": "Alerts",
      "widget": "list",
      "fields": [
        {
          "name": "id",
          "label": "ID",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": true
        },
        {
          "name": "title",
          "label": "Title",
          "widget": "string",
          "required": true
        },
        {
          "name": "body",
          "label": "Body",
          "widget": "text",
          "required": true
        },
        {
          "name": "from",
          "label": "From",
          "widget": "string",
          "pattern": [
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
            "must match ^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$"
          ],
          "required": true,
          "hint": "A date like 2026-12-05, or a date and time like 2026-12-05T09:00, in UK time"
        },
        {
          "name": "until",
          "label": "Until",
          "widget": "string",
          "pattern": [
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$",
            "must match ^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$"
          ],
          "required": true,
          "hint": "A date like 2026-12-05, or a date and time like 2026-12-05T09:00, in UK time"
        },
        {
          "name": "level",
          "label": "Level",
          "widget": "select",
          "options": [
            "warning",
            "urgent"
          ],
          "required": true
        },
        {
          "name": "guide",
          "label": "Guide",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false
        },
        {
          "name": "scenario",
          "label": "Scenario",
          "widget": "string",
          "pattern": [
            "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "must match ^[a-z0-9]+(?:-[a-z0-9]+)*$"
          ],
          "required": false
        }
      ],
      "required": false,
      "label_singular": "Alert",
      "summary": "{{fields.title}} ({{fields.from}} to {{fields.until}})"
    },
    {
      "name": "hide",
      "label": "Central alerts this copy does not show (their ids)",
      "widget": "list",
      "required": false
    }
  ]
};
