"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (``lib/_lazy.py``, PEP 562), so importing one operation or one
model does not import every model of the spec: import time stays flat as the spec grows.
"""

from typing import TYPE_CHECKING

from ..lib._lazy import lazy_exports

if TYPE_CHECKING:
    from .access import Access
    from .billing_type import BillingType
    from .category import Category
    from .category_list import CategoryList
    from .color_depending import ColorDepending
    from .config import Config
    from .config_enums import ConfigEnums
    from .config_enums_access import ConfigEnumsAccess
    from .config_enums_billing_type import ConfigEnumsBillingType
    from .config_enums_color_depending import ConfigEnumsColorDepending
    from .config_enums_config_type import ConfigEnumsConfigType
    from .config_enums_constraint_action import ConfigEnumsConstraintAction
    from .config_enums_constraint_for import ConfigEnumsConstraintFor
    from .config_enums_constraint_if import ConfigEnumsConstraintIf
    from .config_enums_constraint_op import ConfigEnumsConstraintOp
    from .config_enums_constraint_type import ConfigEnumsConstraintType
    from .config_enums_constraint_what import ConfigEnumsConstraintWhat
    from .config_enums_constraint_when import ConfigEnumsConstraintWhen
    from .config_enums_count_holidays import ConfigEnumsCountHolidays
    from .config_enums_currency_code import ConfigEnumsCurrencyCode
    from .config_enums_customer_type import ConfigEnumsCustomerType
    from .config_enums_data_field_type import ConfigEnumsDataFieldType
    from .config_enums_description_field_color import ConfigEnumsDescriptionFieldColor
    from .config_enums_description_field_style import ConfigEnumsDescriptionFieldStyle
    from .config_enums_description_field_type import ConfigEnumsDescriptionFieldType
    from .config_enums_destination import ConfigEnumsDestination
    from .config_enums_destination_type import ConfigEnumsDestinationType
    from .config_enums_do_mode import ConfigEnumsDoMode
    from .config_enums_eff_action_type import ConfigEnumsEffActionType
    from .config_enums_eff_gap_unit import ConfigEnumsEffGapUnit
    from .config_enums_eff_if_op import ConfigEnumsEffIfOp
    from .config_enums_eff_if_type import ConfigEnumsEffIfType
    from .config_enums_eff_source_type import ConfigEnumsEffSourceType
    from .config_enums_eff_step_type import ConfigEnumsEffStepType
    from .config_enums_eff_subject_type import ConfigEnumsEffSubjectType
    from .config_enums_eff_target_type import ConfigEnumsEffTargetType
    from .config_enums_history_op import ConfigEnumsHistoryOp
    from .config_enums_history_type import ConfigEnumsHistoryType
    from .config_enums_in_root_type import ConfigEnumsInRootType
    from .config_enums_join_status import ConfigEnumsJoinStatus
    from .config_enums_json_writing_type import ConfigEnumsJsonWritingType
    from .config_enums_license_status import ConfigEnumsLicenseStatus
    from .config_enums_link_ref_type import ConfigEnumsLinkRefType
    from .config_enums_notification_type import ConfigEnumsNotificationType
    from .config_enums_one_or_more_customers import ConfigEnumsOneOrMoreCustomers
    from .config_enums_one_or_more_resources import ConfigEnumsOneOrMoreResources
    from .config_enums_recurrence_daily import ConfigEnumsRecurrenceDaily
    from .config_enums_recurrence_monthly import ConfigEnumsRecurrenceMonthly
    from .config_enums_recurrence_monthly_day_which import ConfigEnumsRecurrenceMonthlyDayWhich
    from .config_enums_recurrence_range import ConfigEnumsRecurrenceRange
    from .config_enums_recurrence_type import ConfigEnumsRecurrenceType
    from .config_enums_resource_type import ConfigEnumsResourceType
    from .config_enums_status_type import ConfigEnumsStatusType
    from .config_enums_sync_type import ConfigEnumsSyncType
    from .config_enums_task_type import ConfigEnumsTaskType
    from .config_enums_time_lapse_unit import ConfigEnumsTimeLapseUnit
    from .config_enums_title import ConfigEnumsTitle
    from .config_enums_type_hatch import ConfigEnumsTypeHatch
    from .config_enums_work_capacity import ConfigEnumsWorkCapacity
    from .config_type import ConfigType
    from .constraint_action import ConstraintAction
    from .constraint_for import ConstraintFor
    from .constraint_if import ConstraintIf
    from .constraint_op import ConstraintOp
    from .constraint_type import ConstraintType
    from .constraint_what import ConstraintWhat
    from .constraint_when import ConstraintWhen
    from .count_holidays import CountHolidays
    from .currency_code import CurrencyCode
    from .custom_fields import CustomFields
    from .customer import Customer
    from .customer_input import CustomerInput
    from .customer_list import CustomerList
    from .customer_type import CustomerType
    from .data_field_type import DataFieldType
    from .department import Department
    from .department_list import DepartmentList
    from .description_field_color import DescriptionFieldColor
    from .description_field_style import DescriptionFieldStyle
    from .description_field_type import DescriptionFieldType
    from .destination import Destination
    from .destination_type import DestinationType
    from .do_item import DoItem
    from .do_list import DoList
    from .do_mode import DoMode
    from .do_query import DoQuery
    from .eff_action_type import EffActionType
    from .eff_gap_unit import EffGapUnit
    from .eff_if_op import EffIfOp
    from .eff_if_type import EffIfType
    from .eff_source_type import EffSourceType
    from .eff_step_type import EffStepType
    from .eff_subject_type import EffSubjectType
    from .eff_target_type import EffTargetType
    from .error_message import ErrorMessage
    from .grant_type import GrantType
    from .history_op import HistoryOp
    from .history_type import HistoryType
    from .in_root_type import InRootType
    from .join_status import JoinStatus
    from .json_writing_type import JsonWritingType
    from .key_ref import KeyRef
    from .language import Language
    from .license_status import LicenseStatus
    from .link_ref_type import LinkRefType
    from .notification_type import NotificationType
    from .oauth_client import OauthClient
    from .oauth_client_input import OauthClientInput
    from .oauth_client_list import OauthClientList
    from .oauth_token import OauthToken
    from .oauth_token_created import OauthTokenCreated
    from .oauth_token_input import OauthTokenInput
    from .oauth_token_list import OauthTokenList
    from .one_or_more_customers import OneOrMoreCustomers
    from .one_or_more_resources import OneOrMoreResources
    from .paged_list import PagedList
    from .place import Place
    from .project import Project
    from .recurrence_daily import RecurrenceDaily
    from .recurrence_monthly import RecurrenceMonthly
    from .recurrence_monthly_day_which import RecurrenceMonthlyDayWhich
    from .recurrence_range import RecurrenceRange
    from .recurrence_type import RecurrenceType
    from .resource import Resource
    from .resource_type import ResourceType
    from .skill import Skill
    from .skill_domain import SkillDomain
    from .status_type import StatusType
    from .style import Style
    from .sync_type import SyncType
    from .task import Task
    from .task_list import TaskList
    from .task_type import TaskType
    from .time_lapse_unit import TimeLapseUnit
    from .title import Title
    from .token_error import TokenError
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .type_hatch import TypeHatch
    from .work_capacity import WorkCapacity

__all__ = [
    "Access",
    "BillingType",
    "Category",
    "CategoryList",
    "ColorDepending",
    "Config",
    "ConfigEnums",
    "ConfigEnumsAccess",
    "ConfigEnumsBillingType",
    "ConfigEnumsColorDepending",
    "ConfigEnumsConfigType",
    "ConfigEnumsConstraintAction",
    "ConfigEnumsConstraintFor",
    "ConfigEnumsConstraintIf",
    "ConfigEnumsConstraintOp",
    "ConfigEnumsConstraintType",
    "ConfigEnumsConstraintWhat",
    "ConfigEnumsConstraintWhen",
    "ConfigEnumsCountHolidays",
    "ConfigEnumsCurrencyCode",
    "ConfigEnumsCustomerType",
    "ConfigEnumsDataFieldType",
    "ConfigEnumsDescriptionFieldColor",
    "ConfigEnumsDescriptionFieldStyle",
    "ConfigEnumsDescriptionFieldType",
    "ConfigEnumsDestination",
    "ConfigEnumsDestinationType",
    "ConfigEnumsDoMode",
    "ConfigEnumsEffActionType",
    "ConfigEnumsEffGapUnit",
    "ConfigEnumsEffIfOp",
    "ConfigEnumsEffIfType",
    "ConfigEnumsEffSourceType",
    "ConfigEnumsEffStepType",
    "ConfigEnumsEffSubjectType",
    "ConfigEnumsEffTargetType",
    "ConfigEnumsHistoryOp",
    "ConfigEnumsHistoryType",
    "ConfigEnumsInRootType",
    "ConfigEnumsJoinStatus",
    "ConfigEnumsJsonWritingType",
    "ConfigEnumsLicenseStatus",
    "ConfigEnumsLinkRefType",
    "ConfigEnumsNotificationType",
    "ConfigEnumsOneOrMoreCustomers",
    "ConfigEnumsOneOrMoreResources",
    "ConfigEnumsRecurrenceDaily",
    "ConfigEnumsRecurrenceMonthly",
    "ConfigEnumsRecurrenceMonthlyDayWhich",
    "ConfigEnumsRecurrenceRange",
    "ConfigEnumsRecurrenceType",
    "ConfigEnumsResourceType",
    "ConfigEnumsStatusType",
    "ConfigEnumsSyncType",
    "ConfigEnumsTaskType",
    "ConfigEnumsTimeLapseUnit",
    "ConfigEnumsTitle",
    "ConfigEnumsTypeHatch",
    "ConfigEnumsWorkCapacity",
    "ConfigType",
    "ConstraintAction",
    "ConstraintFor",
    "ConstraintIf",
    "ConstraintOp",
    "ConstraintType",
    "ConstraintWhat",
    "ConstraintWhen",
    "CountHolidays",
    "CurrencyCode",
    "Customer",
    "CustomerInput",
    "CustomerList",
    "CustomerType",
    "CustomFields",
    "DataFieldType",
    "Department",
    "DepartmentList",
    "DescriptionFieldColor",
    "DescriptionFieldStyle",
    "DescriptionFieldType",
    "Destination",
    "DestinationType",
    "DoItem",
    "DoList",
    "DoMode",
    "DoQuery",
    "EffActionType",
    "EffGapUnit",
    "EffIfOp",
    "EffIfType",
    "EffSourceType",
    "EffStepType",
    "EffSubjectType",
    "EffTargetType",
    "ErrorMessage",
    "GrantType",
    "HistoryOp",
    "HistoryType",
    "InRootType",
    "JoinStatus",
    "JsonWritingType",
    "KeyRef",
    "Language",
    "LicenseStatus",
    "LinkRefType",
    "NotificationType",
    "OauthClient",
    "OauthClientInput",
    "OauthClientList",
    "OauthToken",
    "OauthTokenCreated",
    "OauthTokenInput",
    "OauthTokenList",
    "OneOrMoreCustomers",
    "OneOrMoreResources",
    "PagedList",
    "Place",
    "Project",
    "RecurrenceDaily",
    "RecurrenceMonthly",
    "RecurrenceMonthlyDayWhich",
    "RecurrenceRange",
    "RecurrenceType",
    "Resource",
    "ResourceType",
    "Skill",
    "SkillDomain",
    "StatusType",
    "Style",
    "SyncType",
    "Task",
    "TaskList",
    "TaskType",
    "TimeLapseUnit",
    "Title",
    "TokenError",
    "TokenRequest",
    "TokenResponse",
    "TypeHatch",
    "WorkCapacity",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Access": ".access",
        "BillingType": ".billing_type",
        "Category": ".category",
        "CategoryList": ".category_list",
        "ColorDepending": ".color_depending",
        "Config": ".config",
        "ConfigEnums": ".config_enums",
        "ConfigEnumsAccess": ".config_enums_access",
        "ConfigEnumsBillingType": ".config_enums_billing_type",
        "ConfigEnumsColorDepending": ".config_enums_color_depending",
        "ConfigEnumsConfigType": ".config_enums_config_type",
        "ConfigEnumsConstraintAction": ".config_enums_constraint_action",
        "ConfigEnumsConstraintFor": ".config_enums_constraint_for",
        "ConfigEnumsConstraintIf": ".config_enums_constraint_if",
        "ConfigEnumsConstraintOp": ".config_enums_constraint_op",
        "ConfigEnumsConstraintType": ".config_enums_constraint_type",
        "ConfigEnumsConstraintWhat": ".config_enums_constraint_what",
        "ConfigEnumsConstraintWhen": ".config_enums_constraint_when",
        "ConfigEnumsCountHolidays": ".config_enums_count_holidays",
        "ConfigEnumsCurrencyCode": ".config_enums_currency_code",
        "ConfigEnumsCustomerType": ".config_enums_customer_type",
        "ConfigEnumsDataFieldType": ".config_enums_data_field_type",
        "ConfigEnumsDescriptionFieldColor": ".config_enums_description_field_color",
        "ConfigEnumsDescriptionFieldStyle": ".config_enums_description_field_style",
        "ConfigEnumsDescriptionFieldType": ".config_enums_description_field_type",
        "ConfigEnumsDestination": ".config_enums_destination",
        "ConfigEnumsDestinationType": ".config_enums_destination_type",
        "ConfigEnumsDoMode": ".config_enums_do_mode",
        "ConfigEnumsEffActionType": ".config_enums_eff_action_type",
        "ConfigEnumsEffGapUnit": ".config_enums_eff_gap_unit",
        "ConfigEnumsEffIfOp": ".config_enums_eff_if_op",
        "ConfigEnumsEffIfType": ".config_enums_eff_if_type",
        "ConfigEnumsEffSourceType": ".config_enums_eff_source_type",
        "ConfigEnumsEffStepType": ".config_enums_eff_step_type",
        "ConfigEnumsEffSubjectType": ".config_enums_eff_subject_type",
        "ConfigEnumsEffTargetType": ".config_enums_eff_target_type",
        "ConfigEnumsHistoryOp": ".config_enums_history_op",
        "ConfigEnumsHistoryType": ".config_enums_history_type",
        "ConfigEnumsInRootType": ".config_enums_in_root_type",
        "ConfigEnumsJoinStatus": ".config_enums_join_status",
        "ConfigEnumsJsonWritingType": ".config_enums_json_writing_type",
        "ConfigEnumsLicenseStatus": ".config_enums_license_status",
        "ConfigEnumsLinkRefType": ".config_enums_link_ref_type",
        "ConfigEnumsNotificationType": ".config_enums_notification_type",
        "ConfigEnumsOneOrMoreCustomers": ".config_enums_one_or_more_customers",
        "ConfigEnumsOneOrMoreResources": ".config_enums_one_or_more_resources",
        "ConfigEnumsRecurrenceDaily": ".config_enums_recurrence_daily",
        "ConfigEnumsRecurrenceMonthly": ".config_enums_recurrence_monthly",
        "ConfigEnumsRecurrenceMonthlyDayWhich": ".config_enums_recurrence_monthly_day_which",
        "ConfigEnumsRecurrenceRange": ".config_enums_recurrence_range",
        "ConfigEnumsRecurrenceType": ".config_enums_recurrence_type",
        "ConfigEnumsResourceType": ".config_enums_resource_type",
        "ConfigEnumsStatusType": ".config_enums_status_type",
        "ConfigEnumsSyncType": ".config_enums_sync_type",
        "ConfigEnumsTaskType": ".config_enums_task_type",
        "ConfigEnumsTimeLapseUnit": ".config_enums_time_lapse_unit",
        "ConfigEnumsTitle": ".config_enums_title",
        "ConfigEnumsTypeHatch": ".config_enums_type_hatch",
        "ConfigEnumsWorkCapacity": ".config_enums_work_capacity",
        "ConfigType": ".config_type",
        "ConstraintAction": ".constraint_action",
        "ConstraintFor": ".constraint_for",
        "ConstraintIf": ".constraint_if",
        "ConstraintOp": ".constraint_op",
        "ConstraintType": ".constraint_type",
        "ConstraintWhat": ".constraint_what",
        "ConstraintWhen": ".constraint_when",
        "CountHolidays": ".count_holidays",
        "CurrencyCode": ".currency_code",
        "CustomFields": ".custom_fields",
        "Customer": ".customer",
        "CustomerInput": ".customer_input",
        "CustomerList": ".customer_list",
        "CustomerType": ".customer_type",
        "DataFieldType": ".data_field_type",
        "Department": ".department",
        "DepartmentList": ".department_list",
        "DescriptionFieldColor": ".description_field_color",
        "DescriptionFieldStyle": ".description_field_style",
        "DescriptionFieldType": ".description_field_type",
        "Destination": ".destination",
        "DestinationType": ".destination_type",
        "DoItem": ".do_item",
        "DoList": ".do_list",
        "DoMode": ".do_mode",
        "DoQuery": ".do_query",
        "EffActionType": ".eff_action_type",
        "EffGapUnit": ".eff_gap_unit",
        "EffIfOp": ".eff_if_op",
        "EffIfType": ".eff_if_type",
        "EffSourceType": ".eff_source_type",
        "EffStepType": ".eff_step_type",
        "EffSubjectType": ".eff_subject_type",
        "EffTargetType": ".eff_target_type",
        "ErrorMessage": ".error_message",
        "GrantType": ".grant_type",
        "HistoryOp": ".history_op",
        "HistoryType": ".history_type",
        "InRootType": ".in_root_type",
        "JoinStatus": ".join_status",
        "JsonWritingType": ".json_writing_type",
        "KeyRef": ".key_ref",
        "Language": ".language",
        "LicenseStatus": ".license_status",
        "LinkRefType": ".link_ref_type",
        "NotificationType": ".notification_type",
        "OauthClient": ".oauth_client",
        "OauthClientInput": ".oauth_client_input",
        "OauthClientList": ".oauth_client_list",
        "OauthToken": ".oauth_token",
        "OauthTokenCreated": ".oauth_token_created",
        "OauthTokenInput": ".oauth_token_input",
        "OauthTokenList": ".oauth_token_list",
        "OneOrMoreCustomers": ".one_or_more_customers",
        "OneOrMoreResources": ".one_or_more_resources",
        "PagedList": ".paged_list",
        "Place": ".place",
        "Project": ".project",
        "RecurrenceDaily": ".recurrence_daily",
        "RecurrenceMonthly": ".recurrence_monthly",
        "RecurrenceMonthlyDayWhich": ".recurrence_monthly_day_which",
        "RecurrenceRange": ".recurrence_range",
        "RecurrenceType": ".recurrence_type",
        "Resource": ".resource",
        "ResourceType": ".resource_type",
        "Skill": ".skill",
        "SkillDomain": ".skill_domain",
        "StatusType": ".status_type",
        "Style": ".style",
        "SyncType": ".sync_type",
        "Task": ".task",
        "TaskList": ".task_list",
        "TaskType": ".task_type",
        "TimeLapseUnit": ".time_lapse_unit",
        "Title": ".title",
        "TokenError": ".token_error",
        "TokenRequest": ".token_request",
        "TokenResponse": ".token_response",
        "TypeHatch": ".type_hatch",
        "WorkCapacity": ".work_capacity",
    },
)
