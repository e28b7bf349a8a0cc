from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_enums_access import ConfigEnumsAccess
    from ..models.config_enums_billing_type import ConfigEnumsBillingType
    from ..models.config_enums_color_depending import ConfigEnumsColorDepending
    from ..models.config_enums_config_type import ConfigEnumsConfigType
    from ..models.config_enums_constraint_action import ConfigEnumsConstraintAction
    from ..models.config_enums_constraint_for import ConfigEnumsConstraintFor
    from ..models.config_enums_constraint_if import ConfigEnumsConstraintIf
    from ..models.config_enums_constraint_op import ConfigEnumsConstraintOp
    from ..models.config_enums_constraint_type import ConfigEnumsConstraintType
    from ..models.config_enums_constraint_what import ConfigEnumsConstraintWhat
    from ..models.config_enums_constraint_when import ConfigEnumsConstraintWhen
    from ..models.config_enums_count_holidays import ConfigEnumsCountHolidays
    from ..models.config_enums_currency_code import ConfigEnumsCurrencyCode
    from ..models.config_enums_customer_type import ConfigEnumsCustomerType
    from ..models.config_enums_data_field_type import ConfigEnumsDataFieldType
    from ..models.config_enums_description_field_color import ConfigEnumsDescriptionFieldColor
    from ..models.config_enums_description_field_style import ConfigEnumsDescriptionFieldStyle
    from ..models.config_enums_description_field_type import ConfigEnumsDescriptionFieldType
    from ..models.config_enums_destination import ConfigEnumsDestination
    from ..models.config_enums_destination_type import ConfigEnumsDestinationType
    from ..models.config_enums_do_mode import ConfigEnumsDoMode
    from ..models.config_enums_eff_action_type import ConfigEnumsEffActionType
    from ..models.config_enums_eff_gap_unit import ConfigEnumsEffGapUnit
    from ..models.config_enums_eff_if_op import ConfigEnumsEffIfOp
    from ..models.config_enums_eff_if_type import ConfigEnumsEffIfType
    from ..models.config_enums_eff_source_type import ConfigEnumsEffSourceType
    from ..models.config_enums_eff_step_type import ConfigEnumsEffStepType
    from ..models.config_enums_eff_subject_type import ConfigEnumsEffSubjectType
    from ..models.config_enums_eff_target_type import ConfigEnumsEffTargetType
    from ..models.config_enums_history_op import ConfigEnumsHistoryOp
    from ..models.config_enums_history_type import ConfigEnumsHistoryType
    from ..models.config_enums_in_root_type import ConfigEnumsInRootType
    from ..models.config_enums_join_status import ConfigEnumsJoinStatus
    from ..models.config_enums_json_writing_type import ConfigEnumsJsonWritingType
    from ..models.config_enums_license_status import ConfigEnumsLicenseStatus
    from ..models.config_enums_link_ref_type import ConfigEnumsLinkRefType
    from ..models.config_enums_notification_type import ConfigEnumsNotificationType
    from ..models.config_enums_one_or_more_customers import ConfigEnumsOneOrMoreCustomers
    from ..models.config_enums_one_or_more_resources import ConfigEnumsOneOrMoreResources
    from ..models.config_enums_recurrence_daily import ConfigEnumsRecurrenceDaily
    from ..models.config_enums_recurrence_monthly import ConfigEnumsRecurrenceMonthly
    from ..models.config_enums_recurrence_monthly_day_which import ConfigEnumsRecurrenceMonthlyDayWhich
    from ..models.config_enums_recurrence_range import ConfigEnumsRecurrenceRange
    from ..models.config_enums_recurrence_type import ConfigEnumsRecurrenceType
    from ..models.config_enums_resource_type import ConfigEnumsResourceType
    from ..models.config_enums_status_type import ConfigEnumsStatusType
    from ..models.config_enums_sync_type import ConfigEnumsSyncType
    from ..models.config_enums_task_type import ConfigEnumsTaskType
    from ..models.config_enums_time_lapse_unit import ConfigEnumsTimeLapseUnit
    from ..models.config_enums_title import ConfigEnumsTitle
    from ..models.config_enums_type_hatch import ConfigEnumsTypeHatch
    from ..models.config_enums_work_capacity import ConfigEnumsWorkCapacity

_refs__resolved = False
_from_dict__ConfigEnumsAccess: Callable[[Mapping[str, Any]], ConfigEnumsAccess]
_from_dict__ConfigEnumsBillingType: Callable[[Mapping[str, Any]], ConfigEnumsBillingType]
_from_dict__ConfigEnumsColorDepending: Callable[[Mapping[str, Any]], ConfigEnumsColorDepending]
_from_dict__ConfigEnumsConfigType: Callable[[Mapping[str, Any]], ConfigEnumsConfigType]
_from_dict__ConfigEnumsConstraintAction: Callable[[Mapping[str, Any]], ConfigEnumsConstraintAction]
_from_dict__ConfigEnumsConstraintFor: Callable[[Mapping[str, Any]], ConfigEnumsConstraintFor]
_from_dict__ConfigEnumsConstraintIf: Callable[[Mapping[str, Any]], ConfigEnumsConstraintIf]
_from_dict__ConfigEnumsConstraintOp: Callable[[Mapping[str, Any]], ConfigEnumsConstraintOp]
_from_dict__ConfigEnumsConstraintType: Callable[[Mapping[str, Any]], ConfigEnumsConstraintType]
_from_dict__ConfigEnumsConstraintWhat: Callable[[Mapping[str, Any]], ConfigEnumsConstraintWhat]
_from_dict__ConfigEnumsConstraintWhen: Callable[[Mapping[str, Any]], ConfigEnumsConstraintWhen]
_from_dict__ConfigEnumsCountHolidays: Callable[[Mapping[str, Any]], ConfigEnumsCountHolidays]
_from_dict__ConfigEnumsCurrencyCode: Callable[[Mapping[str, Any]], ConfigEnumsCurrencyCode]
_from_dict__ConfigEnumsCustomerType: Callable[[Mapping[str, Any]], ConfigEnumsCustomerType]
_from_dict__ConfigEnumsDataFieldType: Callable[[Mapping[str, Any]], ConfigEnumsDataFieldType]
_from_dict__ConfigEnumsDescriptionFieldColor: Callable[[Mapping[str, Any]], ConfigEnumsDescriptionFieldColor]
_from_dict__ConfigEnumsDescriptionFieldStyle: Callable[[Mapping[str, Any]], ConfigEnumsDescriptionFieldStyle]
_from_dict__ConfigEnumsDescriptionFieldType: Callable[[Mapping[str, Any]], ConfigEnumsDescriptionFieldType]
_from_dict__ConfigEnumsDestination: Callable[[Mapping[str, Any]], ConfigEnumsDestination]
_from_dict__ConfigEnumsDestinationType: Callable[[Mapping[str, Any]], ConfigEnumsDestinationType]
_from_dict__ConfigEnumsDoMode: Callable[[Mapping[str, Any]], ConfigEnumsDoMode]
_from_dict__ConfigEnumsEffActionType: Callable[[Mapping[str, Any]], ConfigEnumsEffActionType]
_from_dict__ConfigEnumsEffGapUnit: Callable[[Mapping[str, Any]], ConfigEnumsEffGapUnit]
_from_dict__ConfigEnumsEffIfOp: Callable[[Mapping[str, Any]], ConfigEnumsEffIfOp]
_from_dict__ConfigEnumsEffIfType: Callable[[Mapping[str, Any]], ConfigEnumsEffIfType]
_from_dict__ConfigEnumsEffSourceType: Callable[[Mapping[str, Any]], ConfigEnumsEffSourceType]
_from_dict__ConfigEnumsEffStepType: Callable[[Mapping[str, Any]], ConfigEnumsEffStepType]
_from_dict__ConfigEnumsEffSubjectType: Callable[[Mapping[str, Any]], ConfigEnumsEffSubjectType]
_from_dict__ConfigEnumsEffTargetType: Callable[[Mapping[str, Any]], ConfigEnumsEffTargetType]
_from_dict__ConfigEnumsHistoryOp: Callable[[Mapping[str, Any]], ConfigEnumsHistoryOp]
_from_dict__ConfigEnumsHistoryType: Callable[[Mapping[str, Any]], ConfigEnumsHistoryType]
_from_dict__ConfigEnumsInRootType: Callable[[Mapping[str, Any]], ConfigEnumsInRootType]
_from_dict__ConfigEnumsJoinStatus: Callable[[Mapping[str, Any]], ConfigEnumsJoinStatus]
_from_dict__ConfigEnumsJsonWritingType: Callable[[Mapping[str, Any]], ConfigEnumsJsonWritingType]
_from_dict__ConfigEnumsLicenseStatus: Callable[[Mapping[str, Any]], ConfigEnumsLicenseStatus]
_from_dict__ConfigEnumsLinkRefType: Callable[[Mapping[str, Any]], ConfigEnumsLinkRefType]
_from_dict__ConfigEnumsNotificationType: Callable[[Mapping[str, Any]], ConfigEnumsNotificationType]
_from_dict__ConfigEnumsOneOrMoreCustomers: Callable[[Mapping[str, Any]], ConfigEnumsOneOrMoreCustomers]
_from_dict__ConfigEnumsOneOrMoreResources: Callable[[Mapping[str, Any]], ConfigEnumsOneOrMoreResources]
_from_dict__ConfigEnumsRecurrenceDaily: Callable[[Mapping[str, Any]], ConfigEnumsRecurrenceDaily]
_from_dict__ConfigEnumsRecurrenceMonthly: Callable[[Mapping[str, Any]], ConfigEnumsRecurrenceMonthly]
_from_dict__ConfigEnumsRecurrenceMonthlyDayWhich: Callable[[Mapping[str, Any]], ConfigEnumsRecurrenceMonthlyDayWhich]
_from_dict__ConfigEnumsRecurrenceRange: Callable[[Mapping[str, Any]], ConfigEnumsRecurrenceRange]
_from_dict__ConfigEnumsRecurrenceType: Callable[[Mapping[str, Any]], ConfigEnumsRecurrenceType]
_from_dict__ConfigEnumsResourceType: Callable[[Mapping[str, Any]], ConfigEnumsResourceType]
_from_dict__ConfigEnumsStatusType: Callable[[Mapping[str, Any]], ConfigEnumsStatusType]
_from_dict__ConfigEnumsSyncType: Callable[[Mapping[str, Any]], ConfigEnumsSyncType]
_from_dict__ConfigEnumsTaskType: Callable[[Mapping[str, Any]], ConfigEnumsTaskType]
_from_dict__ConfigEnumsTimeLapseUnit: Callable[[Mapping[str, Any]], ConfigEnumsTimeLapseUnit]
_from_dict__ConfigEnumsTitle: Callable[[Mapping[str, Any]], ConfigEnumsTitle]
_from_dict__ConfigEnumsTypeHatch: Callable[[Mapping[str, Any]], ConfigEnumsTypeHatch]
_from_dict__ConfigEnumsWorkCapacity: Callable[[Mapping[str, Any]], ConfigEnumsWorkCapacity]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ConfigEnumsAccess, ConfigEnumsBillingType, ConfigEnumsColorDepending, ConfigEnumsConfigType, ConfigEnumsConstraintAction, ConfigEnumsConstraintFor, ConfigEnumsConstraintIf, ConfigEnumsConstraintOp, ConfigEnumsConstraintType, ConfigEnumsConstraintWhat, ConfigEnumsConstraintWhen, ConfigEnumsCountHolidays, ConfigEnumsCurrencyCode, ConfigEnumsCustomerType, ConfigEnumsDataFieldType, ConfigEnumsDescriptionFieldColor, ConfigEnumsDescriptionFieldStyle, ConfigEnumsDescriptionFieldType, ConfigEnumsDestination, ConfigEnumsDestinationType, ConfigEnumsDoMode, ConfigEnumsEffActionType, ConfigEnumsEffGapUnit, ConfigEnumsEffIfOp, ConfigEnumsEffIfType, ConfigEnumsEffSourceType, ConfigEnumsEffStepType, ConfigEnumsEffSubjectType, ConfigEnumsEffTargetType, ConfigEnumsHistoryOp, ConfigEnumsHistoryType, ConfigEnumsInRootType, ConfigEnumsJoinStatus, ConfigEnumsJsonWritingType, ConfigEnumsLicenseStatus, ConfigEnumsLinkRefType, ConfigEnumsNotificationType, ConfigEnumsOneOrMoreCustomers, ConfigEnumsOneOrMoreResources, ConfigEnumsRecurrenceDaily, ConfigEnumsRecurrenceMonthly, ConfigEnumsRecurrenceMonthlyDayWhich, ConfigEnumsRecurrenceRange, ConfigEnumsRecurrenceType, ConfigEnumsResourceType, ConfigEnumsStatusType, ConfigEnumsSyncType, ConfigEnumsTaskType, ConfigEnumsTimeLapseUnit, ConfigEnumsTitle, ConfigEnumsTypeHatch, ConfigEnumsWorkCapacity  # noqa: PLW0603
    global _from_dict__ConfigEnumsAccess, _from_dict__ConfigEnumsBillingType, _from_dict__ConfigEnumsColorDepending, _from_dict__ConfigEnumsConfigType, _from_dict__ConfigEnumsConstraintAction, _from_dict__ConfigEnumsConstraintFor, _from_dict__ConfigEnumsConstraintIf, _from_dict__ConfigEnumsConstraintOp, _from_dict__ConfigEnumsConstraintType, _from_dict__ConfigEnumsConstraintWhat, _from_dict__ConfigEnumsConstraintWhen, _from_dict__ConfigEnumsCountHolidays, _from_dict__ConfigEnumsCurrencyCode, _from_dict__ConfigEnumsCustomerType, _from_dict__ConfigEnumsDataFieldType, _from_dict__ConfigEnumsDescriptionFieldColor, _from_dict__ConfigEnumsDescriptionFieldStyle, _from_dict__ConfigEnumsDescriptionFieldType, _from_dict__ConfigEnumsDestination, _from_dict__ConfigEnumsDestinationType, _from_dict__ConfigEnumsDoMode, _from_dict__ConfigEnumsEffActionType, _from_dict__ConfigEnumsEffGapUnit, _from_dict__ConfigEnumsEffIfOp, _from_dict__ConfigEnumsEffIfType, _from_dict__ConfigEnumsEffSourceType, _from_dict__ConfigEnumsEffStepType, _from_dict__ConfigEnumsEffSubjectType, _from_dict__ConfigEnumsEffTargetType, _from_dict__ConfigEnumsHistoryOp, _from_dict__ConfigEnumsHistoryType, _from_dict__ConfigEnumsInRootType, _from_dict__ConfigEnumsJoinStatus, _from_dict__ConfigEnumsJsonWritingType, _from_dict__ConfigEnumsLicenseStatus, _from_dict__ConfigEnumsLinkRefType, _from_dict__ConfigEnumsNotificationType, _from_dict__ConfigEnumsOneOrMoreCustomers, _from_dict__ConfigEnumsOneOrMoreResources, _from_dict__ConfigEnumsRecurrenceDaily, _from_dict__ConfigEnumsRecurrenceMonthly, _from_dict__ConfigEnumsRecurrenceMonthlyDayWhich, _from_dict__ConfigEnumsRecurrenceRange, _from_dict__ConfigEnumsRecurrenceType, _from_dict__ConfigEnumsResourceType, _from_dict__ConfigEnumsStatusType, _from_dict__ConfigEnumsSyncType, _from_dict__ConfigEnumsTaskType, _from_dict__ConfigEnumsTimeLapseUnit, _from_dict__ConfigEnumsTitle, _from_dict__ConfigEnumsTypeHatch, _from_dict__ConfigEnumsWorkCapacity  # noqa: PLW0603
    from ..models.config_enums_access import ConfigEnumsAccess  # noqa: PLC0415
    from ..models.config_enums_billing_type import ConfigEnumsBillingType  # noqa: PLC0415
    from ..models.config_enums_color_depending import ConfigEnumsColorDepending  # noqa: PLC0415
    from ..models.config_enums_config_type import ConfigEnumsConfigType  # noqa: PLC0415
    from ..models.config_enums_constraint_action import ConfigEnumsConstraintAction  # noqa: PLC0415
    from ..models.config_enums_constraint_for import ConfigEnumsConstraintFor  # noqa: PLC0415
    from ..models.config_enums_constraint_if import ConfigEnumsConstraintIf  # noqa: PLC0415
    from ..models.config_enums_constraint_op import ConfigEnumsConstraintOp  # noqa: PLC0415
    from ..models.config_enums_constraint_type import ConfigEnumsConstraintType  # noqa: PLC0415
    from ..models.config_enums_constraint_what import ConfigEnumsConstraintWhat  # noqa: PLC0415
    from ..models.config_enums_constraint_when import ConfigEnumsConstraintWhen  # noqa: PLC0415
    from ..models.config_enums_count_holidays import ConfigEnumsCountHolidays  # noqa: PLC0415
    from ..models.config_enums_currency_code import ConfigEnumsCurrencyCode  # noqa: PLC0415
    from ..models.config_enums_customer_type import ConfigEnumsCustomerType  # noqa: PLC0415
    from ..models.config_enums_data_field_type import ConfigEnumsDataFieldType  # noqa: PLC0415
    from ..models.config_enums_description_field_color import ConfigEnumsDescriptionFieldColor  # noqa: PLC0415
    from ..models.config_enums_description_field_style import ConfigEnumsDescriptionFieldStyle  # noqa: PLC0415
    from ..models.config_enums_description_field_type import ConfigEnumsDescriptionFieldType  # noqa: PLC0415
    from ..models.config_enums_destination import ConfigEnumsDestination  # noqa: PLC0415
    from ..models.config_enums_destination_type import ConfigEnumsDestinationType  # noqa: PLC0415
    from ..models.config_enums_do_mode import ConfigEnumsDoMode  # noqa: PLC0415
    from ..models.config_enums_eff_action_type import ConfigEnumsEffActionType  # noqa: PLC0415
    from ..models.config_enums_eff_gap_unit import ConfigEnumsEffGapUnit  # noqa: PLC0415
    from ..models.config_enums_eff_if_op import ConfigEnumsEffIfOp  # noqa: PLC0415
    from ..models.config_enums_eff_if_type import ConfigEnumsEffIfType  # noqa: PLC0415
    from ..models.config_enums_eff_source_type import ConfigEnumsEffSourceType  # noqa: PLC0415
    from ..models.config_enums_eff_step_type import ConfigEnumsEffStepType  # noqa: PLC0415
    from ..models.config_enums_eff_subject_type import ConfigEnumsEffSubjectType  # noqa: PLC0415
    from ..models.config_enums_eff_target_type import ConfigEnumsEffTargetType  # noqa: PLC0415
    from ..models.config_enums_history_op import ConfigEnumsHistoryOp  # noqa: PLC0415
    from ..models.config_enums_history_type import ConfigEnumsHistoryType  # noqa: PLC0415
    from ..models.config_enums_in_root_type import ConfigEnumsInRootType  # noqa: PLC0415
    from ..models.config_enums_join_status import ConfigEnumsJoinStatus  # noqa: PLC0415
    from ..models.config_enums_json_writing_type import ConfigEnumsJsonWritingType  # noqa: PLC0415
    from ..models.config_enums_license_status import ConfigEnumsLicenseStatus  # noqa: PLC0415
    from ..models.config_enums_link_ref_type import ConfigEnumsLinkRefType  # noqa: PLC0415
    from ..models.config_enums_notification_type import ConfigEnumsNotificationType  # noqa: PLC0415
    from ..models.config_enums_one_or_more_customers import ConfigEnumsOneOrMoreCustomers  # noqa: PLC0415
    from ..models.config_enums_one_or_more_resources import ConfigEnumsOneOrMoreResources  # noqa: PLC0415
    from ..models.config_enums_recurrence_daily import ConfigEnumsRecurrenceDaily  # noqa: PLC0415
    from ..models.config_enums_recurrence_monthly import ConfigEnumsRecurrenceMonthly  # noqa: PLC0415
    from ..models.config_enums_recurrence_monthly_day_which import ConfigEnumsRecurrenceMonthlyDayWhich  # noqa: PLC0415
    from ..models.config_enums_recurrence_range import ConfigEnumsRecurrenceRange  # noqa: PLC0415
    from ..models.config_enums_recurrence_type import ConfigEnumsRecurrenceType  # noqa: PLC0415
    from ..models.config_enums_resource_type import ConfigEnumsResourceType  # noqa: PLC0415
    from ..models.config_enums_status_type import ConfigEnumsStatusType  # noqa: PLC0415
    from ..models.config_enums_sync_type import ConfigEnumsSyncType  # noqa: PLC0415
    from ..models.config_enums_task_type import ConfigEnumsTaskType  # noqa: PLC0415
    from ..models.config_enums_time_lapse_unit import ConfigEnumsTimeLapseUnit  # noqa: PLC0415
    from ..models.config_enums_title import ConfigEnumsTitle  # noqa: PLC0415
    from ..models.config_enums_type_hatch import ConfigEnumsTypeHatch  # noqa: PLC0415
    from ..models.config_enums_work_capacity import ConfigEnumsWorkCapacity  # noqa: PLC0415

    _from_dict__ConfigEnumsAccess = ConfigEnumsAccess.from_dict
    _from_dict__ConfigEnumsBillingType = ConfigEnumsBillingType.from_dict
    _from_dict__ConfigEnumsColorDepending = ConfigEnumsColorDepending.from_dict
    _from_dict__ConfigEnumsConfigType = ConfigEnumsConfigType.from_dict
    _from_dict__ConfigEnumsConstraintAction = ConfigEnumsConstraintAction.from_dict
    _from_dict__ConfigEnumsConstraintFor = ConfigEnumsConstraintFor.from_dict
    _from_dict__ConfigEnumsConstraintIf = ConfigEnumsConstraintIf.from_dict
    _from_dict__ConfigEnumsConstraintOp = ConfigEnumsConstraintOp.from_dict
    _from_dict__ConfigEnumsConstraintType = ConfigEnumsConstraintType.from_dict
    _from_dict__ConfigEnumsConstraintWhat = ConfigEnumsConstraintWhat.from_dict
    _from_dict__ConfigEnumsConstraintWhen = ConfigEnumsConstraintWhen.from_dict
    _from_dict__ConfigEnumsCountHolidays = ConfigEnumsCountHolidays.from_dict
    _from_dict__ConfigEnumsCurrencyCode = ConfigEnumsCurrencyCode.from_dict
    _from_dict__ConfigEnumsCustomerType = ConfigEnumsCustomerType.from_dict
    _from_dict__ConfigEnumsDataFieldType = ConfigEnumsDataFieldType.from_dict
    _from_dict__ConfigEnumsDescriptionFieldColor = ConfigEnumsDescriptionFieldColor.from_dict
    _from_dict__ConfigEnumsDescriptionFieldStyle = ConfigEnumsDescriptionFieldStyle.from_dict
    _from_dict__ConfigEnumsDescriptionFieldType = ConfigEnumsDescriptionFieldType.from_dict
    _from_dict__ConfigEnumsDestination = ConfigEnumsDestination.from_dict
    _from_dict__ConfigEnumsDestinationType = ConfigEnumsDestinationType.from_dict
    _from_dict__ConfigEnumsDoMode = ConfigEnumsDoMode.from_dict
    _from_dict__ConfigEnumsEffActionType = ConfigEnumsEffActionType.from_dict
    _from_dict__ConfigEnumsEffGapUnit = ConfigEnumsEffGapUnit.from_dict
    _from_dict__ConfigEnumsEffIfOp = ConfigEnumsEffIfOp.from_dict
    _from_dict__ConfigEnumsEffIfType = ConfigEnumsEffIfType.from_dict
    _from_dict__ConfigEnumsEffSourceType = ConfigEnumsEffSourceType.from_dict
    _from_dict__ConfigEnumsEffStepType = ConfigEnumsEffStepType.from_dict
    _from_dict__ConfigEnumsEffSubjectType = ConfigEnumsEffSubjectType.from_dict
    _from_dict__ConfigEnumsEffTargetType = ConfigEnumsEffTargetType.from_dict
    _from_dict__ConfigEnumsHistoryOp = ConfigEnumsHistoryOp.from_dict
    _from_dict__ConfigEnumsHistoryType = ConfigEnumsHistoryType.from_dict
    _from_dict__ConfigEnumsInRootType = ConfigEnumsInRootType.from_dict
    _from_dict__ConfigEnumsJoinStatus = ConfigEnumsJoinStatus.from_dict
    _from_dict__ConfigEnumsJsonWritingType = ConfigEnumsJsonWritingType.from_dict
    _from_dict__ConfigEnumsLicenseStatus = ConfigEnumsLicenseStatus.from_dict
    _from_dict__ConfigEnumsLinkRefType = ConfigEnumsLinkRefType.from_dict
    _from_dict__ConfigEnumsNotificationType = ConfigEnumsNotificationType.from_dict
    _from_dict__ConfigEnumsOneOrMoreCustomers = ConfigEnumsOneOrMoreCustomers.from_dict
    _from_dict__ConfigEnumsOneOrMoreResources = ConfigEnumsOneOrMoreResources.from_dict
    _from_dict__ConfigEnumsRecurrenceDaily = ConfigEnumsRecurrenceDaily.from_dict
    _from_dict__ConfigEnumsRecurrenceMonthly = ConfigEnumsRecurrenceMonthly.from_dict
    _from_dict__ConfigEnumsRecurrenceMonthlyDayWhich = ConfigEnumsRecurrenceMonthlyDayWhich.from_dict
    _from_dict__ConfigEnumsRecurrenceRange = ConfigEnumsRecurrenceRange.from_dict
    _from_dict__ConfigEnumsRecurrenceType = ConfigEnumsRecurrenceType.from_dict
    _from_dict__ConfigEnumsResourceType = ConfigEnumsResourceType.from_dict
    _from_dict__ConfigEnumsStatusType = ConfigEnumsStatusType.from_dict
    _from_dict__ConfigEnumsSyncType = ConfigEnumsSyncType.from_dict
    _from_dict__ConfigEnumsTaskType = ConfigEnumsTaskType.from_dict
    _from_dict__ConfigEnumsTimeLapseUnit = ConfigEnumsTimeLapseUnit.from_dict
    _from_dict__ConfigEnumsTitle = ConfigEnumsTitle.from_dict
    _from_dict__ConfigEnumsTypeHatch = ConfigEnumsTypeHatch.from_dict
    _from_dict__ConfigEnumsWorkCapacity = ConfigEnumsWorkCapacity.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ConfigEnums")


@_attrs_define
class ConfigEnums:
    """Every enumeration of the API version, by name; each maps its member names to their values (identical strings).
    Enumerations added by later versions are kept as additional properties.

        Attributes:
            access (ConfigEnumsAccess | Unset):
            billing_type (ConfigEnumsBillingType | Unset):
            color_depending (ConfigEnumsColorDepending | Unset):
            config_type (ConfigEnumsConfigType | Unset):
            constraint_action (ConfigEnumsConstraintAction | Unset):
            constraint_for (ConfigEnumsConstraintFor | Unset):
            constraint_if (ConfigEnumsConstraintIf | Unset):
            constraint_op (ConfigEnumsConstraintOp | Unset):
            constraint_type (ConfigEnumsConstraintType | Unset):
            constraint_what (ConfigEnumsConstraintWhat | Unset):
            constraint_when (ConfigEnumsConstraintWhen | Unset):
            count_holidays (ConfigEnumsCountHolidays | Unset):
            currency_code (ConfigEnumsCurrencyCode | Unset):
            customer_type (ConfigEnumsCustomerType | Unset):
            data_field_type (ConfigEnumsDataFieldType | Unset):
            description_field_type (ConfigEnumsDescriptionFieldType | Unset):
            description_field_style (ConfigEnumsDescriptionFieldStyle | Unset):
            description_field_color (ConfigEnumsDescriptionFieldColor | Unset):
            destination (ConfigEnumsDestination | Unset):
            destination_type (ConfigEnumsDestinationType | Unset):
            do_mode (ConfigEnumsDoMode | Unset):
            eff_action_type (ConfigEnumsEffActionType | Unset):
            eff_gap_unit (ConfigEnumsEffGapUnit | Unset):
            eff_if_type (ConfigEnumsEffIfType | Unset):
            eff_if_op (ConfigEnumsEffIfOp | Unset):
            eff_source_type (ConfigEnumsEffSourceType | Unset):
            eff_step_type (ConfigEnumsEffStepType | Unset):
            eff_subject_type (ConfigEnumsEffSubjectType | Unset):
            eff_target_type (ConfigEnumsEffTargetType | Unset):
            history_op (ConfigEnumsHistoryOp | Unset):
            history_type (ConfigEnumsHistoryType | Unset):
            in_root_type (ConfigEnumsInRootType | Unset):
            join_status (ConfigEnumsJoinStatus | Unset):
            json_writing_type (ConfigEnumsJsonWritingType | Unset):
            license_status (ConfigEnumsLicenseStatus | Unset):
            link_ref_type (ConfigEnumsLinkRefType | Unset):
            notification_type (ConfigEnumsNotificationType | Unset):
            one_or_more_customers (ConfigEnumsOneOrMoreCustomers | Unset):
            one_or_more_resources (ConfigEnumsOneOrMoreResources | Unset):
            recurrence_daily (ConfigEnumsRecurrenceDaily | Unset):
            recurrence_monthly (ConfigEnumsRecurrenceMonthly | Unset):
            recurrence_monthly_day_which (ConfigEnumsRecurrenceMonthlyDayWhich | Unset):
            recurrence_range (ConfigEnumsRecurrenceRange | Unset):
            recurrence_type (ConfigEnumsRecurrenceType | Unset):
            resource_type (ConfigEnumsResourceType | Unset):
            status_type (ConfigEnumsStatusType | Unset):
            sync_type (ConfigEnumsSyncType | Unset):
            task_type (ConfigEnumsTaskType | Unset):
            title (ConfigEnumsTitle | Unset):
            time_lapse_unit (ConfigEnumsTimeLapseUnit | Unset):
            type_hatch (ConfigEnumsTypeHatch | Unset):
            work_capacity (ConfigEnumsWorkCapacity | Unset):
    """

    access: ConfigEnumsAccess | Unset = UNSET
    billing_type: ConfigEnumsBillingType | Unset = UNSET
    color_depending: ConfigEnumsColorDepending | Unset = UNSET
    config_type: ConfigEnumsConfigType | Unset = UNSET
    constraint_action: ConfigEnumsConstraintAction | Unset = UNSET
    constraint_for: ConfigEnumsConstraintFor | Unset = UNSET
    constraint_if: ConfigEnumsConstraintIf | Unset = UNSET
    constraint_op: ConfigEnumsConstraintOp | Unset = UNSET
    constraint_type: ConfigEnumsConstraintType | Unset = UNSET
    constraint_what: ConfigEnumsConstraintWhat | Unset = UNSET
    constraint_when: ConfigEnumsConstraintWhen | Unset = UNSET
    count_holidays: ConfigEnumsCountHolidays | Unset = UNSET
    currency_code: ConfigEnumsCurrencyCode | Unset = UNSET
    customer_type: ConfigEnumsCustomerType | Unset = UNSET
    data_field_type: ConfigEnumsDataFieldType | Unset = UNSET
    description_field_type: ConfigEnumsDescriptionFieldType | Unset = UNSET
    description_field_style: ConfigEnumsDescriptionFieldStyle | Unset = UNSET
    description_field_color: ConfigEnumsDescriptionFieldColor | Unset = UNSET
    destination: ConfigEnumsDestination | Unset = UNSET
    destination_type: ConfigEnumsDestinationType | Unset = UNSET
    do_mode: ConfigEnumsDoMode | Unset = UNSET
    eff_action_type: ConfigEnumsEffActionType | Unset = UNSET
    eff_gap_unit: ConfigEnumsEffGapUnit | Unset = UNSET
    eff_if_type: ConfigEnumsEffIfType | Unset = UNSET
    eff_if_op: ConfigEnumsEffIfOp | Unset = UNSET
    eff_source_type: ConfigEnumsEffSourceType | Unset = UNSET
    eff_step_type: ConfigEnumsEffStepType | Unset = UNSET
    eff_subject_type: ConfigEnumsEffSubjectType | Unset = UNSET
    eff_target_type: ConfigEnumsEffTargetType | Unset = UNSET
    history_op: ConfigEnumsHistoryOp | Unset = UNSET
    history_type: ConfigEnumsHistoryType | Unset = UNSET
    in_root_type: ConfigEnumsInRootType | Unset = UNSET
    join_status: ConfigEnumsJoinStatus | Unset = UNSET
    json_writing_type: ConfigEnumsJsonWritingType | Unset = UNSET
    license_status: ConfigEnumsLicenseStatus | Unset = UNSET
    link_ref_type: ConfigEnumsLinkRefType | Unset = UNSET
    notification_type: ConfigEnumsNotificationType | Unset = UNSET
    one_or_more_customers: ConfigEnumsOneOrMoreCustomers | Unset = UNSET
    one_or_more_resources: ConfigEnumsOneOrMoreResources | Unset = UNSET
    recurrence_daily: ConfigEnumsRecurrenceDaily | Unset = UNSET
    recurrence_monthly: ConfigEnumsRecurrenceMonthly | Unset = UNSET
    recurrence_monthly_day_which: ConfigEnumsRecurrenceMonthlyDayWhich | Unset = UNSET
    recurrence_range: ConfigEnumsRecurrenceRange | Unset = UNSET
    recurrence_type: ConfigEnumsRecurrenceType | Unset = UNSET
    resource_type: ConfigEnumsResourceType | Unset = UNSET
    status_type: ConfigEnumsStatusType | Unset = UNSET
    sync_type: ConfigEnumsSyncType | Unset = UNSET
    task_type: ConfigEnumsTaskType | Unset = UNSET
    title: ConfigEnumsTitle | Unset = UNSET
    time_lapse_unit: ConfigEnumsTimeLapseUnit | Unset = UNSET
    type_hatch: ConfigEnumsTypeHatch | Unset = UNSET
    work_capacity: ConfigEnumsWorkCapacity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()
        if access is not UNSET:
            field_dict["Access"] = access
        billing_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.to_dict()
        if billing_type is not UNSET:
            field_dict["BillingType"] = billing_type
        color_depending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_depending, Unset):
            color_depending = self.color_depending.to_dict()
        if color_depending is not UNSET:
            field_dict["ColorDepending"] = color_depending
        config_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_type, Unset):
            config_type = self.config_type.to_dict()
        if config_type is not UNSET:
            field_dict["ConfigType"] = config_type
        constraint_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_action, Unset):
            constraint_action = self.constraint_action.to_dict()
        if constraint_action is not UNSET:
            field_dict["ConstraintAction"] = constraint_action
        constraint_for: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_for, Unset):
            constraint_for = self.constraint_for.to_dict()
        if constraint_for is not UNSET:
            field_dict["ConstraintFor"] = constraint_for
        constraint_if: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_if, Unset):
            constraint_if = self.constraint_if.to_dict()
        if constraint_if is not UNSET:
            field_dict["ConstraintIf"] = constraint_if
        constraint_op: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_op, Unset):
            constraint_op = self.constraint_op.to_dict()
        if constraint_op is not UNSET:
            field_dict["ConstraintOp"] = constraint_op
        constraint_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_type, Unset):
            constraint_type = self.constraint_type.to_dict()
        if constraint_type is not UNSET:
            field_dict["ConstraintType"] = constraint_type
        constraint_what: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_what, Unset):
            constraint_what = self.constraint_what.to_dict()
        if constraint_what is not UNSET:
            field_dict["ConstraintWhat"] = constraint_what
        constraint_when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint_when, Unset):
            constraint_when = self.constraint_when.to_dict()
        if constraint_when is not UNSET:
            field_dict["ConstraintWhen"] = constraint_when
        count_holidays: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_holidays, Unset):
            count_holidays = self.count_holidays.to_dict()
        if count_holidays is not UNSET:
            field_dict["CountHolidays"] = count_holidays
        currency_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_code, Unset):
            currency_code = self.currency_code.to_dict()
        if currency_code is not UNSET:
            field_dict["CurrencyCode"] = currency_code
        customer_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.to_dict()
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type
        data_field_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_field_type, Unset):
            data_field_type = self.data_field_type.to_dict()
        if data_field_type is not UNSET:
            field_dict["DataFieldType"] = data_field_type
        description_field_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_field_type, Unset):
            description_field_type = self.description_field_type.to_dict()
        if description_field_type is not UNSET:
            field_dict["DescriptionFieldType"] = description_field_type
        description_field_style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_field_style, Unset):
            description_field_style = self.description_field_style.to_dict()
        if description_field_style is not UNSET:
            field_dict["DescriptionFieldStyle"] = description_field_style
        description_field_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_field_color, Unset):
            description_field_color = self.description_field_color.to_dict()
        if description_field_color is not UNSET:
            field_dict["DescriptionFieldColor"] = description_field_color
        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()
        if destination is not UNSET:
            field_dict["Destination"] = destination
        destination_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.to_dict()
        if destination_type is not UNSET:
            field_dict["DestinationType"] = destination_type
        do_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_mode, Unset):
            do_mode = self.do_mode.to_dict()
        if do_mode is not UNSET:
            field_dict["DoMode"] = do_mode
        eff_action_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_action_type, Unset):
            eff_action_type = self.eff_action_type.to_dict()
        if eff_action_type is not UNSET:
            field_dict["EffActionType"] = eff_action_type
        eff_gap_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_gap_unit, Unset):
            eff_gap_unit = self.eff_gap_unit.to_dict()
        if eff_gap_unit is not UNSET:
            field_dict["EffGapUnit"] = eff_gap_unit
        eff_if_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_if_type, Unset):
            eff_if_type = self.eff_if_type.to_dict()
        if eff_if_type is not UNSET:
            field_dict["EffIfType"] = eff_if_type
        eff_if_op: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_if_op, Unset):
            eff_if_op = self.eff_if_op.to_dict()
        if eff_if_op is not UNSET:
            field_dict["EffIfOp"] = eff_if_op
        eff_source_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_source_type, Unset):
            eff_source_type = self.eff_source_type.to_dict()
        if eff_source_type is not UNSET:
            field_dict["EffSourceType"] = eff_source_type
        eff_step_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_step_type, Unset):
            eff_step_type = self.eff_step_type.to_dict()
        if eff_step_type is not UNSET:
            field_dict["EffStepType"] = eff_step_type
        eff_subject_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_subject_type, Unset):
            eff_subject_type = self.eff_subject_type.to_dict()
        if eff_subject_type is not UNSET:
            field_dict["EffSubjectType"] = eff_subject_type
        eff_target_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eff_target_type, Unset):
            eff_target_type = self.eff_target_type.to_dict()
        if eff_target_type is not UNSET:
            field_dict["EffTargetType"] = eff_target_type
        history_op: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history_op, Unset):
            history_op = self.history_op.to_dict()
        if history_op is not UNSET:
            field_dict["HistoryOp"] = history_op
        history_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history_type, Unset):
            history_type = self.history_type.to_dict()
        if history_type is not UNSET:
            field_dict["HistoryType"] = history_type
        in_root_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_root_type, Unset):
            in_root_type = self.in_root_type.to_dict()
        if in_root_type is not UNSET:
            field_dict["InRootType"] = in_root_type
        join_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.join_status, Unset):
            join_status = self.join_status.to_dict()
        if join_status is not UNSET:
            field_dict["JoinStatus"] = join_status
        json_writing_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_writing_type, Unset):
            json_writing_type = self.json_writing_type.to_dict()
        if json_writing_type is not UNSET:
            field_dict["JsonWritingType"] = json_writing_type
        license_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_status, Unset):
            license_status = self.license_status.to_dict()
        if license_status is not UNSET:
            field_dict["LicenseStatus"] = license_status
        link_ref_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_ref_type, Unset):
            link_ref_type = self.link_ref_type.to_dict()
        if link_ref_type is not UNSET:
            field_dict["LinkRefType"] = link_ref_type
        notification_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_type, Unset):
            notification_type = self.notification_type.to_dict()
        if notification_type is not UNSET:
            field_dict["NotificationType"] = notification_type
        one_or_more_customers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_or_more_customers, Unset):
            one_or_more_customers = self.one_or_more_customers.to_dict()
        if one_or_more_customers is not UNSET:
            field_dict["OneOrMoreCustomers"] = one_or_more_customers
        one_or_more_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_or_more_resources, Unset):
            one_or_more_resources = self.one_or_more_resources.to_dict()
        if one_or_more_resources is not UNSET:
            field_dict["OneOrMoreResources"] = one_or_more_resources
        recurrence_daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_daily, Unset):
            recurrence_daily = self.recurrence_daily.to_dict()
        if recurrence_daily is not UNSET:
            field_dict["RecurrenceDaily"] = recurrence_daily
        recurrence_monthly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_monthly, Unset):
            recurrence_monthly = self.recurrence_monthly.to_dict()
        if recurrence_monthly is not UNSET:
            field_dict["RecurrenceMonthly"] = recurrence_monthly
        recurrence_monthly_day_which: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_monthly_day_which, Unset):
            recurrence_monthly_day_which = self.recurrence_monthly_day_which.to_dict()
        if recurrence_monthly_day_which is not UNSET:
            field_dict["RecurrenceMonthlyDayWhich"] = recurrence_monthly_day_which
        recurrence_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_range, Unset):
            recurrence_range = self.recurrence_range.to_dict()
        if recurrence_range is not UNSET:
            field_dict["RecurrenceRange"] = recurrence_range
        recurrence_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_type, Unset):
            recurrence_type = self.recurrence_type.to_dict()
        if recurrence_type is not UNSET:
            field_dict["RecurrenceType"] = recurrence_type
        resource_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.to_dict()
        if resource_type is not UNSET:
            field_dict["ResourceType"] = resource_type
        status_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_type, Unset):
            status_type = self.status_type.to_dict()
        if status_type is not UNSET:
            field_dict["StatusType"] = status_type
        sync_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sync_type, Unset):
            sync_type = self.sync_type.to_dict()
        if sync_type is not UNSET:
            field_dict["SyncType"] = sync_type
        task_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.to_dict()
        if task_type is not UNSET:
            field_dict["TaskType"] = task_type
        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()
        if title is not UNSET:
            field_dict["Title"] = title
        time_lapse_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_lapse_unit, Unset):
            time_lapse_unit = self.time_lapse_unit.to_dict()
        if time_lapse_unit is not UNSET:
            field_dict["TimeLapseUnit"] = time_lapse_unit
        type_hatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_hatch, Unset):
            type_hatch = self.type_hatch.to_dict()
        if type_hatch is not UNSET:
            field_dict["TypeHatch"] = type_hatch
        work_capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_capacity, Unset):
            work_capacity = self.work_capacity.to_dict()
        if work_capacity is not UNSET:
            field_dict["WorkCapacity"] = work_capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ConfigEnums)", d)
            d = dict(d)
        n__absent = 0
        _access = d.get("Access", UNSET)
        access: ConfigEnumsAccess | Unset = UNSET
        if _access is not UNSET:
            try:
                access = _from_dict__ConfigEnumsAccess(_access)
            except FieldError as field__error:
                field__error.segments.append("Access")
                raise

        if access is UNSET:
            n__absent += 1

        _billing_type = d.get("BillingType", UNSET)
        billing_type: ConfigEnumsBillingType | Unset = UNSET
        if _billing_type is not UNSET:
            try:
                billing_type = _from_dict__ConfigEnumsBillingType(_billing_type)
            except FieldError as field__error:
                field__error.segments.append("BillingType")
                raise

        if billing_type is UNSET:
            n__absent += 1

        _color_depending = d.get("ColorDepending", UNSET)
        color_depending: ConfigEnumsColorDepending | Unset = UNSET
        if _color_depending is not UNSET:
            try:
                color_depending = _from_dict__ConfigEnumsColorDepending(_color_depending)
            except FieldError as field__error:
                field__error.segments.append("ColorDepending")
                raise

        if color_depending is UNSET:
            n__absent += 1

        _config_type = d.get("ConfigType", UNSET)
        config_type: ConfigEnumsConfigType | Unset = UNSET
        if _config_type is not UNSET:
            try:
                config_type = _from_dict__ConfigEnumsConfigType(_config_type)
            except FieldError as field__error:
                field__error.segments.append("ConfigType")
                raise

        if config_type is UNSET:
            n__absent += 1

        _constraint_action = d.get("ConstraintAction", UNSET)
        constraint_action: ConfigEnumsConstraintAction | Unset = UNSET
        if _constraint_action is not UNSET:
            try:
                constraint_action = _from_dict__ConfigEnumsConstraintAction(_constraint_action)
            except FieldError as field__error:
                field__error.segments.append("ConstraintAction")
                raise

        if constraint_action is UNSET:
            n__absent += 1

        _constraint_for = d.get("ConstraintFor", UNSET)
        constraint_for: ConfigEnumsConstraintFor | Unset = UNSET
        if _constraint_for is not UNSET:
            try:
                constraint_for = _from_dict__ConfigEnumsConstraintFor(_constraint_for)
            except FieldError as field__error:
                field__error.segments.append("ConstraintFor")
                raise

        if constraint_for is UNSET:
            n__absent += 1

        _constraint_if = d.get("ConstraintIf", UNSET)
        constraint_if: ConfigEnumsConstraintIf | Unset = UNSET
        if _constraint_if is not UNSET:
            try:
                constraint_if = _from_dict__ConfigEnumsConstraintIf(_constraint_if)
            except FieldError as field__error:
                field__error.segments.append("ConstraintIf")
                raise

        if constraint_if is UNSET:
            n__absent += 1

        _constraint_op = d.get("ConstraintOp", UNSET)
        constraint_op: ConfigEnumsConstraintOp | Unset = UNSET
        if _constraint_op is not UNSET:
            try:
                constraint_op = _from_dict__ConfigEnumsConstraintOp(_constraint_op)
            except FieldError as field__error:
                field__error.segments.append("ConstraintOp")
                raise

        if constraint_op is UNSET:
            n__absent += 1

        _constraint_type = d.get("ConstraintType", UNSET)
        constraint_type: ConfigEnumsConstraintType | Unset = UNSET
        if _constraint_type is not UNSET:
            try:
                constraint_type = _from_dict__ConfigEnumsConstraintType(_constraint_type)
            except FieldError as field__error:
                field__error.segments.append("ConstraintType")
                raise

        if constraint_type is UNSET:
            n__absent += 1

        _constraint_what = d.get("ConstraintWhat", UNSET)
        constraint_what: ConfigEnumsConstraintWhat | Unset = UNSET
        if _constraint_what is not UNSET:
            try:
                constraint_what = _from_dict__ConfigEnumsConstraintWhat(_constraint_what)
            except FieldError as field__error:
                field__error.segments.append("ConstraintWhat")
                raise

        if constraint_what is UNSET:
            n__absent += 1

        _constraint_when = d.get("ConstraintWhen", UNSET)
        constraint_when: ConfigEnumsConstraintWhen | Unset = UNSET
        if _constraint_when is not UNSET:
            try:
                constraint_when = _from_dict__ConfigEnumsConstraintWhen(_constraint_when)
            except FieldError as field__error:
                field__error.segments.append("ConstraintWhen")
                raise

        if constraint_when is UNSET:
            n__absent += 1

        _count_holidays = d.get("CountHolidays", UNSET)
        count_holidays: ConfigEnumsCountHolidays | Unset = UNSET
        if _count_holidays is not UNSET:
            try:
                count_holidays = _from_dict__ConfigEnumsCountHolidays(_count_holidays)
            except FieldError as field__error:
                field__error.segments.append("CountHolidays")
                raise

        if count_holidays is UNSET:
            n__absent += 1

        _currency_code = d.get("CurrencyCode", UNSET)
        currency_code: ConfigEnumsCurrencyCode | Unset = UNSET
        if _currency_code is not UNSET:
            try:
                currency_code = _from_dict__ConfigEnumsCurrencyCode(_currency_code)
            except FieldError as field__error:
                field__error.segments.append("CurrencyCode")
                raise

        if currency_code is UNSET:
            n__absent += 1

        _customer_type = d.get("CustomerType", UNSET)
        customer_type: ConfigEnumsCustomerType | Unset = UNSET
        if _customer_type is not UNSET:
            try:
                customer_type = _from_dict__ConfigEnumsCustomerType(_customer_type)
            except FieldError as field__error:
                field__error.segments.append("CustomerType")
                raise

        if customer_type is UNSET:
            n__absent += 1

        _data_field_type = d.get("DataFieldType", UNSET)
        data_field_type: ConfigEnumsDataFieldType | Unset = UNSET
        if _data_field_type is not UNSET:
            try:
                data_field_type = _from_dict__ConfigEnumsDataFieldType(_data_field_type)
            except FieldError as field__error:
                field__error.segments.append("DataFieldType")
                raise

        if data_field_type is UNSET:
            n__absent += 1

        _description_field_type = d.get("DescriptionFieldType", UNSET)
        description_field_type: ConfigEnumsDescriptionFieldType | Unset = UNSET
        if _description_field_type is not UNSET:
            try:
                description_field_type = _from_dict__ConfigEnumsDescriptionFieldType(_description_field_type)
            except FieldError as field__error:
                field__error.segments.append("DescriptionFieldType")
                raise

        if description_field_type is UNSET:
            n__absent += 1

        _description_field_style = d.get("DescriptionFieldStyle", UNSET)
        description_field_style: ConfigEnumsDescriptionFieldStyle | Unset = UNSET
        if _description_field_style is not UNSET:
            try:
                description_field_style = _from_dict__ConfigEnumsDescriptionFieldStyle(_description_field_style)
            except FieldError as field__error:
                field__error.segments.append("DescriptionFieldStyle")
                raise

        if description_field_style is UNSET:
            n__absent += 1

        _description_field_color = d.get("DescriptionFieldColor", UNSET)
        description_field_color: ConfigEnumsDescriptionFieldColor | Unset = UNSET
        if _description_field_color is not UNSET:
            try:
                description_field_color = _from_dict__ConfigEnumsDescriptionFieldColor(_description_field_color)
            except FieldError as field__error:
                field__error.segments.append("DescriptionFieldColor")
                raise

        if description_field_color is UNSET:
            n__absent += 1

        _destination = d.get("Destination", UNSET)
        destination: ConfigEnumsDestination | Unset = UNSET
        if _destination is not UNSET:
            try:
                destination = _from_dict__ConfigEnumsDestination(_destination)
            except FieldError as field__error:
                field__error.segments.append("Destination")
                raise

        if destination is UNSET:
            n__absent += 1

        _destination_type = d.get("DestinationType", UNSET)
        destination_type: ConfigEnumsDestinationType | Unset = UNSET
        if _destination_type is not UNSET:
            try:
                destination_type = _from_dict__ConfigEnumsDestinationType(_destination_type)
            except FieldError as field__error:
                field__error.segments.append("DestinationType")
                raise

        if destination_type is UNSET:
            n__absent += 1

        _do_mode = d.get("DoMode", UNSET)
        do_mode: ConfigEnumsDoMode | Unset = UNSET
        if _do_mode is not UNSET:
            try:
                do_mode = _from_dict__ConfigEnumsDoMode(_do_mode)
            except FieldError as field__error:
                field__error.segments.append("DoMode")
                raise

        if do_mode is UNSET:
            n__absent += 1

        _eff_action_type = d.get("EffActionType", UNSET)
        eff_action_type: ConfigEnumsEffActionType | Unset = UNSET
        if _eff_action_type is not UNSET:
            try:
                eff_action_type = _from_dict__ConfigEnumsEffActionType(_eff_action_type)
            except FieldError as field__error:
                field__error.segments.append("EffActionType")
                raise

        if eff_action_type is UNSET:
            n__absent += 1

        _eff_gap_unit = d.get("EffGapUnit", UNSET)
        eff_gap_unit: ConfigEnumsEffGapUnit | Unset = UNSET
        if _eff_gap_unit is not UNSET:
            try:
                eff_gap_unit = _from_dict__ConfigEnumsEffGapUnit(_eff_gap_unit)
            except FieldError as field__error:
                field__error.segments.append("EffGapUnit")
                raise

        if eff_gap_unit is UNSET:
            n__absent += 1

        _eff_if_type = d.get("EffIfType", UNSET)
        eff_if_type: ConfigEnumsEffIfType | Unset = UNSET
        if _eff_if_type is not UNSET:
            try:
                eff_if_type = _from_dict__ConfigEnumsEffIfType(_eff_if_type)
            except FieldError as field__error:
                field__error.segments.append("EffIfType")
                raise

        if eff_if_type is UNSET:
            n__absent += 1

        _eff_if_op = d.get("EffIfOp", UNSET)
        eff_if_op: ConfigEnumsEffIfOp | Unset = UNSET
        if _eff_if_op is not UNSET:
            try:
                eff_if_op = _from_dict__ConfigEnumsEffIfOp(_eff_if_op)
            except FieldError as field__error:
                field__error.segments.append("EffIfOp")
                raise

        if eff_if_op is UNSET:
            n__absent += 1

        _eff_source_type = d.get("EffSourceType", UNSET)
        eff_source_type: ConfigEnumsEffSourceType | Unset = UNSET
        if _eff_source_type is not UNSET:
            try:
                eff_source_type = _from_dict__ConfigEnumsEffSourceType(_eff_source_type)
            except FieldError as field__error:
                field__error.segments.append("EffSourceType")
                raise

        if eff_source_type is UNSET:
            n__absent += 1

        _eff_step_type = d.get("EffStepType", UNSET)
        eff_step_type: ConfigEnumsEffStepType | Unset = UNSET
        if _eff_step_type is not UNSET:
            try:
                eff_step_type = _from_dict__ConfigEnumsEffStepType(_eff_step_type)
            except FieldError as field__error:
                field__error.segments.append("EffStepType")
                raise

        if eff_step_type is UNSET:
            n__absent += 1

        _eff_subject_type = d.get("EffSubjectType", UNSET)
        eff_subject_type: ConfigEnumsEffSubjectType | Unset = UNSET
        if _eff_subject_type is not UNSET:
            try:
                eff_subject_type = _from_dict__ConfigEnumsEffSubjectType(_eff_subject_type)
            except FieldError as field__error:
                field__error.segments.append("EffSubjectType")
                raise

        if eff_subject_type is UNSET:
            n__absent += 1

        _eff_target_type = d.get("EffTargetType", UNSET)
        eff_target_type: ConfigEnumsEffTargetType | Unset = UNSET
        if _eff_target_type is not UNSET:
            try:
                eff_target_type = _from_dict__ConfigEnumsEffTargetType(_eff_target_type)
            except FieldError as field__error:
                field__error.segments.append("EffTargetType")
                raise

        if eff_target_type is UNSET:
            n__absent += 1

        _history_op = d.get("HistoryOp", UNSET)
        history_op: ConfigEnumsHistoryOp | Unset = UNSET
        if _history_op is not UNSET:
            try:
                history_op = _from_dict__ConfigEnumsHistoryOp(_history_op)
            except FieldError as field__error:
                field__error.segments.append("HistoryOp")
                raise

        if history_op is UNSET:
            n__absent += 1

        _history_type = d.get("HistoryType", UNSET)
        history_type: ConfigEnumsHistoryType | Unset = UNSET
        if _history_type is not UNSET:
            try:
                history_type = _from_dict__ConfigEnumsHistoryType(_history_type)
            except FieldError as field__error:
                field__error.segments.append("HistoryType")
                raise

        if history_type is UNSET:
            n__absent += 1

        _in_root_type = d.get("InRootType", UNSET)
        in_root_type: ConfigEnumsInRootType | Unset = UNSET
        if _in_root_type is not UNSET:
            try:
                in_root_type = _from_dict__ConfigEnumsInRootType(_in_root_type)
            except FieldError as field__error:
                field__error.segments.append("InRootType")
                raise

        if in_root_type is UNSET:
            n__absent += 1

        _join_status = d.get("JoinStatus", UNSET)
        join_status: ConfigEnumsJoinStatus | Unset = UNSET
        if _join_status is not UNSET:
            try:
                join_status = _from_dict__ConfigEnumsJoinStatus(_join_status)
            except FieldError as field__error:
                field__error.segments.append("JoinStatus")
                raise

        if join_status is UNSET:
            n__absent += 1

        _json_writing_type = d.get("JsonWritingType", UNSET)
        json_writing_type: ConfigEnumsJsonWritingType | Unset = UNSET
        if _json_writing_type is not UNSET:
            try:
                json_writing_type = _from_dict__ConfigEnumsJsonWritingType(_json_writing_type)
            except FieldError as field__error:
                field__error.segments.append("JsonWritingType")
                raise

        if json_writing_type is UNSET:
            n__absent += 1

        _license_status = d.get("LicenseStatus", UNSET)
        license_status: ConfigEnumsLicenseStatus | Unset = UNSET
        if _license_status is not UNSET:
            try:
                license_status = _from_dict__ConfigEnumsLicenseStatus(_license_status)
            except FieldError as field__error:
                field__error.segments.append("LicenseStatus")
                raise

        if license_status is UNSET:
            n__absent += 1

        _link_ref_type = d.get("LinkRefType", UNSET)
        link_ref_type: ConfigEnumsLinkRefType | Unset = UNSET
        if _link_ref_type is not UNSET:
            try:
                link_ref_type = _from_dict__ConfigEnumsLinkRefType(_link_ref_type)
            except FieldError as field__error:
                field__error.segments.append("LinkRefType")
                raise

        if link_ref_type is UNSET:
            n__absent += 1

        _notification_type = d.get("NotificationType", UNSET)
        notification_type: ConfigEnumsNotificationType | Unset = UNSET
        if _notification_type is not UNSET:
            try:
                notification_type = _from_dict__ConfigEnumsNotificationType(_notification_type)
            except FieldError as field__error:
                field__error.segments.append("NotificationType")
                raise

        if notification_type is UNSET:
            n__absent += 1

        _one_or_more_customers = d.get("OneOrMoreCustomers", UNSET)
        one_or_more_customers: ConfigEnumsOneOrMoreCustomers | Unset = UNSET
        if _one_or_more_customers is not UNSET:
            try:
                one_or_more_customers = _from_dict__ConfigEnumsOneOrMoreCustomers(_one_or_more_customers)
            except FieldError as field__error:
                field__error.segments.append("OneOrMoreCustomers")
                raise

        if one_or_more_customers is UNSET:
            n__absent += 1

        _one_or_more_resources = d.get("OneOrMoreResources", UNSET)
        one_or_more_resources: ConfigEnumsOneOrMoreResources | Unset = UNSET
        if _one_or_more_resources is not UNSET:
            try:
                one_or_more_resources = _from_dict__ConfigEnumsOneOrMoreResources(_one_or_more_resources)
            except FieldError as field__error:
                field__error.segments.append("OneOrMoreResources")
                raise

        if one_or_more_resources is UNSET:
            n__absent += 1

        _recurrence_daily = d.get("RecurrenceDaily", UNSET)
        recurrence_daily: ConfigEnumsRecurrenceDaily | Unset = UNSET
        if _recurrence_daily is not UNSET:
            try:
                recurrence_daily = _from_dict__ConfigEnumsRecurrenceDaily(_recurrence_daily)
            except FieldError as field__error:
                field__error.segments.append("RecurrenceDaily")
                raise

        if recurrence_daily is UNSET:
            n__absent += 1

        _recurrence_monthly = d.get("RecurrenceMonthly", UNSET)
        recurrence_monthly: ConfigEnumsRecurrenceMonthly | Unset = UNSET
        if _recurrence_monthly is not UNSET:
            try:
                recurrence_monthly = _from_dict__ConfigEnumsRecurrenceMonthly(_recurrence_monthly)
            except FieldError as field__error:
                field__error.segments.append("RecurrenceMonthly")
                raise

        if recurrence_monthly is UNSET:
            n__absent += 1

        _recurrence_monthly_day_which = d.get("RecurrenceMonthlyDayWhich", UNSET)
        recurrence_monthly_day_which: ConfigEnumsRecurrenceMonthlyDayWhich | Unset = UNSET
        if _recurrence_monthly_day_which is not UNSET:
            try:
                recurrence_monthly_day_which = _from_dict__ConfigEnumsRecurrenceMonthlyDayWhich(
                    _recurrence_monthly_day_which
                )
            except FieldError as field__error:
                field__error.segments.append("RecurrenceMonthlyDayWhich")
                raise

        if recurrence_monthly_day_which is UNSET:
            n__absent += 1

        _recurrence_range = d.get("RecurrenceRange", UNSET)
        recurrence_range: ConfigEnumsRecurrenceRange | Unset = UNSET
        if _recurrence_range is not UNSET:
            try:
                recurrence_range = _from_dict__ConfigEnumsRecurrenceRange(_recurrence_range)
            except FieldError as field__error:
                field__error.segments.append("RecurrenceRange")
                raise

        if recurrence_range is UNSET:
            n__absent += 1

        _recurrence_type = d.get("RecurrenceType", UNSET)
        recurrence_type: ConfigEnumsRecurrenceType | Unset = UNSET
        if _recurrence_type is not UNSET:
            try:
                recurrence_type = _from_dict__ConfigEnumsRecurrenceType(_recurrence_type)
            except FieldError as field__error:
                field__error.segments.append("RecurrenceType")
                raise

        if recurrence_type is UNSET:
            n__absent += 1

        _resource_type = d.get("ResourceType", UNSET)
        resource_type: ConfigEnumsResourceType | Unset = UNSET
        if _resource_type is not UNSET:
            try:
                resource_type = _from_dict__ConfigEnumsResourceType(_resource_type)
            except FieldError as field__error:
                field__error.segments.append("ResourceType")
                raise

        if resource_type is UNSET:
            n__absent += 1

        _status_type = d.get("StatusType", UNSET)
        status_type: ConfigEnumsStatusType | Unset = UNSET
        if _status_type is not UNSET:
            try:
                status_type = _from_dict__ConfigEnumsStatusType(_status_type)
            except FieldError as field__error:
                field__error.segments.append("StatusType")
                raise

        if status_type is UNSET:
            n__absent += 1

        _sync_type = d.get("SyncType", UNSET)
        sync_type: ConfigEnumsSyncType | Unset = UNSET
        if _sync_type is not UNSET:
            try:
                sync_type = _from_dict__ConfigEnumsSyncType(_sync_type)
            except FieldError as field__error:
                field__error.segments.append("SyncType")
                raise

        if sync_type is UNSET:
            n__absent += 1

        _task_type = d.get("TaskType", UNSET)
        task_type: ConfigEnumsTaskType | Unset = UNSET
        if _task_type is not UNSET:
            try:
                task_type = _from_dict__ConfigEnumsTaskType(_task_type)
            except FieldError as field__error:
                field__error.segments.append("TaskType")
                raise

        if task_type is UNSET:
            n__absent += 1

        _title = d.get("Title", UNSET)
        title: ConfigEnumsTitle | Unset = UNSET
        if _title is not UNSET:
            try:
                title = _from_dict__ConfigEnumsTitle(_title)
            except FieldError as field__error:
                field__error.segments.append("Title")
                raise

        if title is UNSET:
            n__absent += 1

        _time_lapse_unit = d.get("TimeLapseUnit", UNSET)
        time_lapse_unit: ConfigEnumsTimeLapseUnit | Unset = UNSET
        if _time_lapse_unit is not UNSET:
            try:
                time_lapse_unit = _from_dict__ConfigEnumsTimeLapseUnit(_time_lapse_unit)
            except FieldError as field__error:
                field__error.segments.append("TimeLapseUnit")
                raise

        if time_lapse_unit is UNSET:
            n__absent += 1

        _type_hatch = d.get("TypeHatch", UNSET)
        type_hatch: ConfigEnumsTypeHatch | Unset = UNSET
        if _type_hatch is not UNSET:
            try:
                type_hatch = _from_dict__ConfigEnumsTypeHatch(_type_hatch)
            except FieldError as field__error:
                field__error.segments.append("TypeHatch")
                raise

        if type_hatch is UNSET:
            n__absent += 1

        _work_capacity = d.get("WorkCapacity", UNSET)
        work_capacity: ConfigEnumsWorkCapacity | Unset = UNSET
        if _work_capacity is not UNSET:
            try:
                work_capacity = _from_dict__ConfigEnumsWorkCapacity(_work_capacity)
            except FieldError as field__error:
                field__error.segments.append("WorkCapacity")
                raise

        if work_capacity is UNSET:
            n__absent += 1

        if cls is _plain__class:
            config_enums = _new__object(cls)
            config_enums.access = access
            config_enums.billing_type = billing_type
            config_enums.color_depending = color_depending
            config_enums.config_type = config_type
            config_enums.constraint_action = constraint_action
            config_enums.constraint_for = constraint_for
            config_enums.constraint_if = constraint_if
            config_enums.constraint_op = constraint_op
            config_enums.constraint_type = constraint_type
            config_enums.constraint_what = constraint_what
            config_enums.constraint_when = constraint_when
            config_enums.count_holidays = count_holidays
            config_enums.currency_code = currency_code
            config_enums.customer_type = customer_type
            config_enums.data_field_type = data_field_type
            config_enums.description_field_type = description_field_type
            config_enums.description_field_style = description_field_style
            config_enums.description_field_color = description_field_color
            config_enums.destination = destination
            config_enums.destination_type = destination_type
            config_enums.do_mode = do_mode
            config_enums.eff_action_type = eff_action_type
            config_enums.eff_gap_unit = eff_gap_unit
            config_enums.eff_if_type = eff_if_type
            config_enums.eff_if_op = eff_if_op
            config_enums.eff_source_type = eff_source_type
            config_enums.eff_step_type = eff_step_type
            config_enums.eff_subject_type = eff_subject_type
            config_enums.eff_target_type = eff_target_type
            config_enums.history_op = history_op
            config_enums.history_type = history_type
            config_enums.in_root_type = in_root_type
            config_enums.join_status = join_status
            config_enums.json_writing_type = json_writing_type
            config_enums.license_status = license_status
            config_enums.link_ref_type = link_ref_type
            config_enums.notification_type = notification_type
            config_enums.one_or_more_customers = one_or_more_customers
            config_enums.one_or_more_resources = one_or_more_resources
            config_enums.recurrence_daily = recurrence_daily
            config_enums.recurrence_monthly = recurrence_monthly
            config_enums.recurrence_monthly_day_which = recurrence_monthly_day_which
            config_enums.recurrence_range = recurrence_range
            config_enums.recurrence_type = recurrence_type
            config_enums.resource_type = resource_type
            config_enums.status_type = status_type
            config_enums.sync_type = sync_type
            config_enums.task_type = task_type
            config_enums.title = title
            config_enums.time_lapse_unit = time_lapse_unit
            config_enums.type_hatch = type_hatch
            config_enums.work_capacity = work_capacity
            config_enums.additional_properties = {}
        else:
            config_enums = cls(
                access,
                billing_type,
                color_depending,
                config_type,
                constraint_action,
                constraint_for,
                constraint_if,
                constraint_op,
                constraint_type,
                constraint_what,
                constraint_when,
                count_holidays,
                currency_code,
                customer_type,
                data_field_type,
                description_field_type,
                description_field_style,
                description_field_color,
                destination,
                destination_type,
                do_mode,
                eff_action_type,
                eff_gap_unit,
                eff_if_type,
                eff_if_op,
                eff_source_type,
                eff_step_type,
                eff_subject_type,
                eff_target_type,
                history_op,
                history_type,
                in_root_type,
                join_status,
                json_writing_type,
                license_status,
                link_ref_type,
                notification_type,
                one_or_more_customers,
                one_or_more_resources,
                recurrence_daily,
                recurrence_monthly,
                recurrence_monthly_day_which,
                recurrence_range,
                recurrence_type,
                resource_type,
                status_type,
                sync_type,
                task_type,
                title,
                time_lapse_unit,
                type_hatch,
                work_capacity,
            )
        if len(d) + n__absent != 52:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "Access",
                    "BillingType",
                    "ColorDepending",
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
                    "CustomerType",
                    "DataFieldType",
                    "DescriptionFieldType",
                    "DescriptionFieldStyle",
                    "DescriptionFieldColor",
                    "Destination",
                    "DestinationType",
                    "DoMode",
                    "EffActionType",
                    "EffGapUnit",
                    "EffIfType",
                    "EffIfOp",
                    "EffSourceType",
                    "EffStepType",
                    "EffSubjectType",
                    "EffTargetType",
                    "HistoryOp",
                    "HistoryType",
                    "InRootType",
                    "JoinStatus",
                    "JsonWritingType",
                    "LicenseStatus",
                    "LinkRefType",
                    "NotificationType",
                    "OneOrMoreCustomers",
                    "OneOrMoreResources",
                    "RecurrenceDaily",
                    "RecurrenceMonthly",
                    "RecurrenceMonthlyDayWhich",
                    "RecurrenceRange",
                    "RecurrenceType",
                    "ResourceType",
                    "StatusType",
                    "SyncType",
                    "TaskType",
                    "Title",
                    "TimeLapseUnit",
                    "TypeHatch",
                    "WorkCapacity",
                }
            }
            config_enums.additional_properties = extra__props
        return config_enums

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[ConfigEnums] | None = (
    ConfigEnums
    if {field.name for field in _attrs_fields(ConfigEnums)}
    == {
        "access",
        "billing_type",
        "color_depending",
        "config_type",
        "constraint_action",
        "constraint_for",
        "constraint_if",
        "constraint_op",
        "constraint_type",
        "constraint_what",
        "constraint_when",
        "count_holidays",
        "currency_code",
        "customer_type",
        "data_field_type",
        "description_field_type",
        "description_field_style",
        "description_field_color",
        "destination",
        "destination_type",
        "do_mode",
        "eff_action_type",
        "eff_gap_unit",
        "eff_if_type",
        "eff_if_op",
        "eff_source_type",
        "eff_step_type",
        "eff_subject_type",
        "eff_target_type",
        "history_op",
        "history_type",
        "in_root_type",
        "join_status",
        "json_writing_type",
        "license_status",
        "link_ref_type",
        "notification_type",
        "one_or_more_customers",
        "one_or_more_resources",
        "recurrence_daily",
        "recurrence_monthly",
        "recurrence_monthly_day_which",
        "recurrence_range",
        "recurrence_type",
        "resource_type",
        "status_type",
        "sync_type",
        "task_type",
        "title",
        "time_lapse_unit",
        "type_hatch",
        "work_capacity",
        "additional_properties",
    }
    and not hasattr(ConfigEnums, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
