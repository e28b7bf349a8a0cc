"""What the spec and the registry say about this API, as data. Written by the pipeline; do not edit."""

from typing import Any, Final

API_NAME: Final = "planningpme"
TITLE: Final = "PlanningPME API"
API_VERSION: Final = "4.7.0.28"
PACKAGE_VERSION: Final = "4.7.0.28.5"
SERVERS: Final[list[dict[str, Any]]] = [
    {
        "description": "The API of one PlanningPME brand (customer).",
        "url": "https://{host}/{brand}",
        "variables": {
            "brand": {
                "default": "your_brand",
                "description": "The brand key, usually the company name in lower case (case is "
                "ignored), for example `mycompany`.",
            },
            "host": {
                "default": "api.planningpme.com",
                "description": "Production or trial platform.",
                "enum": ["api.planningpme.com", "try.planningpme.com"],
            },
        },
    }
]
SECURITY_SCHEMES: Final[dict[str, Any]] = {
    "appKey": {
        "description": "The application key of the calling application, from the PlanningPME account or "
        "from the vendor's support. Required on every call.",
        "in": "header",
        "name": "X-APPKEY",
        "type": "apiKey",
    },
    "userToken": {"description": "A user token from `POST /token`.", "scheme": "bearer", "type": "http"},
}
SECURITY: Final[list[dict[str, list[str]]]] = [{"appKey": [], "userToken": []}]
"""The spec's top-level security requirements: any one of them (each names the schemes it needs together)."""
OPERATIONS: Final[dict[str, dict[str, Any]]] = {
    "createCustomer": {
        "method": "POST",
        "module": "api.customer.create_customer",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/api/customer",
        "repeatable": False,
    },
    "createOauthClient": {
        "method": "POST",
        "module": "api.oauth.create_oauth_client",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/api/oauth/client",
        "repeatable": False,
    },
    "createOauthToken": {
        "method": "POST",
        "module": "api.oauth.create_oauth_token",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/api/oauth/token",
        "repeatable": False,
    },
    "getConfig": {
        "method": "GET",
        "module": "api.config.get_config",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/api/config",
        "repeatable": False,
    },
    "getCustomer": {
        "method": "GET",
        "module": "api.customer.get_customer",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/customer/{id}",
        "repeatable": False,
    },
    "getDepartment": {
        "method": "GET",
        "module": "api.department.get_department",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/department/{id}",
        "repeatable": False,
    },
    "getDo": {
        "method": "GET",
        "module": "api.do.get_do",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "key", "python_name": "key", "required": True},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/do/{key}",
        "repeatable": False,
    },
    "getTask": {
        "method": "GET",
        "module": "api.task.get_task",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/task/{id}",
        "repeatable": False,
    },
    "listCategories": {
        "method": "GET",
        "module": "api.category.list_categories",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/category",
        "repeatable": False,
    },
    "listCustomers": {
        "method": "GET",
        "module": "api.customer.list_customers",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/customer",
        "repeatable": False,
    },
    "listDepartments": {
        "method": "GET",
        "module": "api.department.list_departments",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/department",
        "repeatable": False,
    },
    "listDo": {
        "method": "POST",
        "module": "api.do.list_do",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/api/do/list",
        "repeatable": True,
    },
    "listOauthClients": {
        "method": "GET",
        "module": "api.oauth.list_oauth_clients",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/oauth/client",
        "repeatable": False,
    },
    "listOauthTokens": {
        "method": "GET",
        "module": "api.oauth.list_oauth_tokens",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "clientId", "python_name": "client_id", "required": True},
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/oauth/token",
        "repeatable": False,
    },
    "listTasks": {
        "method": "GET",
        "module": "api.task.list_tasks",
        "pagination": {
            "items": "items",
            "page-param": "pageIndex",
            "size": 100,
            "size-param": "pageSize",
            "style": "page-index",
            "total": "totalItems",
        },
        "parameters": [
            {"in": "query", "name": "pageIndex", "python_name": "page_index", "required": False},
            {"in": "query", "name": "pageSize", "python_name": "page_size", "required": False},
            {"in": "query", "name": "sortInfo", "python_name": "sort_info", "required": False},
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False},
        ],
        "path": "/api/task",
        "repeatable": False,
    },
    "requestToken": {
        "method": "POST",
        "module": "api.token.request_token",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/token",
        "repeatable": False,
    },
    "requestTokenWithPut": {
        "method": "PUT",
        "module": "api.token.request_token_with_put",
        "pagination": None,
        "parameters": [
            {"in": "header", "name": "Accept-Language", "python_name": "accept_language", "required": False}
        ],
        "path": "/token",
        "repeatable": False,
    },
}
"""operationId -> module (relative to the package), HTTP method, path, retry safety and pagination."""
SCHEMAS: Final[dict[str, str]] = {
    "Access": "models.access:Access",
    "ApiError": "models.api_error:ApiError",
    "BillingType": "models.billing_type:BillingType",
    "Category": "models.category:Category",
    "CategoryList": "models.category_list:CategoryList",
    "ColorDepending": "models.color_depending:ColorDepending",
    "Config": "models.config:Config",
    "ConfigEnums": "models.config_enums:ConfigEnums",
    "ConfigType": "models.config_type:ConfigType",
    "ConstraintAction": "models.constraint_action:ConstraintAction",
    "ConstraintFor": "models.constraint_for:ConstraintFor",
    "ConstraintIf": "models.constraint_if:ConstraintIf",
    "ConstraintOp": "models.constraint_op:ConstraintOp",
    "ConstraintType": "models.constraint_type:ConstraintType",
    "ConstraintWhat": "models.constraint_what:ConstraintWhat",
    "ConstraintWhen": "models.constraint_when:ConstraintWhen",
    "CountHolidays": "models.count_holidays:CountHolidays",
    "CurrencyCode": "models.currency_code:CurrencyCode",
    "CustomFields": "models.custom_fields:CustomFields",
    "Customer": "models.customer:Customer",
    "CustomerInput": "models.customer_input:CustomerInput",
    "CustomerList": "models.customer_list:CustomerList",
    "CustomerType": "models.customer_type:CustomerType",
    "DataFieldType": "models.data_field_type:DataFieldType",
    "Department": "models.department:Department",
    "DepartmentList": "models.department_list:DepartmentList",
    "DescriptionFieldColor": "models.description_field_color:DescriptionFieldColor",
    "DescriptionFieldStyle": "models.description_field_style:DescriptionFieldStyle",
    "DescriptionFieldType": "models.description_field_type:DescriptionFieldType",
    "Destination": "models.destination:Destination",
    "DestinationType": "models.destination_type:DestinationType",
    "DoItem": "models.do_item:DoItem",
    "DoList": "models.do_list:DoList",
    "DoMode": "models.do_mode:DoMode",
    "DoQuery": "models.do_query:DoQuery",
    "EffActionType": "models.eff_action_type:EffActionType",
    "EffGapUnit": "models.eff_gap_unit:EffGapUnit",
    "EffIfOp": "models.eff_if_op:EffIfOp",
    "EffIfType": "models.eff_if_type:EffIfType",
    "EffSourceType": "models.eff_source_type:EffSourceType",
    "EffStepType": "models.eff_step_type:EffStepType",
    "EffSubjectType": "models.eff_subject_type:EffSubjectType",
    "EffTargetType": "models.eff_target_type:EffTargetType",
    "GrantType": "models.grant_type:GrantType",
    "HistoryOp": "models.history_op:HistoryOp",
    "HistoryType": "models.history_type:HistoryType",
    "InRootType": "models.in_root_type:InRootType",
    "JoinStatus": "models.join_status:JoinStatus",
    "JsonWritingType": "models.json_writing_type:JsonWritingType",
    "KeyRef": "models.key_ref:KeyRef",
    "Language": "models.language:Language",
    "LicenseStatus": "models.license_status:LicenseStatus",
    "LinkRefType": "models.link_ref_type:LinkRefType",
    "NotificationType": "models.notification_type:NotificationType",
    "OauthClient": "models.oauth_client:OauthClient",
    "OauthClientInput": "models.oauth_client_input:OauthClientInput",
    "OauthClientList": "models.oauth_client_list:OauthClientList",
    "OauthToken": "models.oauth_token:OauthToken",
    "OauthTokenCreated": "models.oauth_token_created:OauthTokenCreated",
    "OauthTokenInput": "models.oauth_token_input:OauthTokenInput",
    "OauthTokenList": "models.oauth_token_list:OauthTokenList",
    "OneOrMoreCustomers": "models.one_or_more_customers:OneOrMoreCustomers",
    "OneOrMoreResources": "models.one_or_more_resources:OneOrMoreResources",
    "PagedList": "models.paged_list:PagedList",
    "Place": "models.place:Place",
    "Project": "models.project:Project",
    "RecurrenceDaily": "models.recurrence_daily:RecurrenceDaily",
    "RecurrenceMonthly": "models.recurrence_monthly:RecurrenceMonthly",
    "RecurrenceMonthlyDayWhich": "models.recurrence_monthly_day_which:RecurrenceMonthlyDayWhich",
    "RecurrenceRange": "models.recurrence_range:RecurrenceRange",
    "RecurrenceType": "models.recurrence_type:RecurrenceType",
    "Resource": "models.resource:Resource",
    "ResourceType": "models.resource_type:ResourceType",
    "Skill": "models.skill:Skill",
    "SkillDomain": "models.skill_domain:SkillDomain",
    "StatusType": "models.status_type:StatusType",
    "Style": "models.style:Style",
    "SyncType": "models.sync_type:SyncType",
    "Task": "models.task:Task",
    "TaskList": "models.task_list:TaskList",
    "TaskType": "models.task_type:TaskType",
    "TimeLapseUnit": "models.time_lapse_unit:TimeLapseUnit",
    "Title": "models.title:Title",
    "TokenError": "models.token_error:TokenError",
    "TokenRequest": "models.token_request:TokenRequest",
    "TokenResponse": "models.token_response:TokenResponse",
    "TypeHatch": "models.type_hatch:TypeHatch",
    "WorkCapacity": "models.work_capacity:WorkCapacity",
}
"""Component schema name -> ``module:Class`` of its generated model."""
