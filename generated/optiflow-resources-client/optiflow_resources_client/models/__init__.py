"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (``lib/_lazy.py``, PEP 562), so importing one operation or one
model does not import every model of the spec: import time stays flat as the spec grows.
"""

from typing import TYPE_CHECKING

from ..lib._lazy import lazy_exports

if TYPE_CHECKING:
    from .actual import Actual
    from .address import Address
    from .availability import Availability
    from .availability_start import AvailabilityStart
    from .availability_start_location import AvailabilityStartLocation
    from .capacity import Capacity
    from .cursors import Cursors
    from .custom_data import CustomData
    from .day_of_week import DayOfWeek
    from .deployment import Deployment
    from .deployment_boundary import DeploymentBoundary
    from .deployment_location import DeploymentLocation
    from .deployment_page import DeploymentPage
    from .employee import Employee
    from .employee_name import EmployeeName
    from .employee_page import EmployeePage
    from .end_location import EndLocation
    from .forecast import Forecast
    from .forecast_page import ForecastPage
    from .geo_point import GeoPoint
    from .geocoding_result import GeocodingResult
    from .home_base import HomeBase
    from .home_base_page import HomeBasePage
    from .home_base_reference import HomeBaseReference
    from .location_address import LocationAddress
    from .problem import Problem
    from .recurrence_period import RecurrencePeriod
    from .shift import Shift
    from .shift_duration import ShiftDuration
    from .shift_schedule import ShiftSchedule
    from .shift_schedule_start import ShiftScheduleStart
    from .shift_start import ShiftStart
    from .shift_start_location import ShiftStartLocation
    from .shift_stop import ShiftStop
    from .time_in_week import TimeInWeek
    from .transport_resource import TransportResource
    from .transport_resource_page import TransportResourcePage
    from .transport_resource_reference import TransportResourceReference
    from .transport_resource_type import TransportResourceType
    from .unavailability import Unavailability
    from .violation import Violation

__all__ = [
    "Actual",
    "Address",
    "Availability",
    "AvailabilityStart",
    "AvailabilityStartLocation",
    "Capacity",
    "Cursors",
    "CustomData",
    "DayOfWeek",
    "Deployment",
    "DeploymentBoundary",
    "DeploymentLocation",
    "DeploymentPage",
    "Employee",
    "EmployeeName",
    "EmployeePage",
    "EndLocation",
    "Forecast",
    "ForecastPage",
    "GeocodingResult",
    "GeoPoint",
    "HomeBase",
    "HomeBasePage",
    "HomeBaseReference",
    "LocationAddress",
    "Problem",
    "RecurrencePeriod",
    "Shift",
    "ShiftDuration",
    "ShiftSchedule",
    "ShiftScheduleStart",
    "ShiftStart",
    "ShiftStartLocation",
    "ShiftStop",
    "TimeInWeek",
    "TransportResource",
    "TransportResourcePage",
    "TransportResourceReference",
    "TransportResourceType",
    "Unavailability",
    "Violation",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Actual": ".actual",
        "Address": ".address",
        "Availability": ".availability",
        "AvailabilityStart": ".availability_start",
        "AvailabilityStartLocation": ".availability_start_location",
        "Capacity": ".capacity",
        "Cursors": ".cursors",
        "CustomData": ".custom_data",
        "DayOfWeek": ".day_of_week",
        "Deployment": ".deployment",
        "DeploymentBoundary": ".deployment_boundary",
        "DeploymentLocation": ".deployment_location",
        "DeploymentPage": ".deployment_page",
        "Employee": ".employee",
        "EmployeeName": ".employee_name",
        "EmployeePage": ".employee_page",
        "EndLocation": ".end_location",
        "Forecast": ".forecast",
        "ForecastPage": ".forecast_page",
        "GeoPoint": ".geo_point",
        "GeocodingResult": ".geocoding_result",
        "HomeBase": ".home_base",
        "HomeBasePage": ".home_base_page",
        "HomeBaseReference": ".home_base_reference",
        "LocationAddress": ".location_address",
        "Problem": ".problem",
        "RecurrencePeriod": ".recurrence_period",
        "Shift": ".shift",
        "ShiftDuration": ".shift_duration",
        "ShiftSchedule": ".shift_schedule",
        "ShiftScheduleStart": ".shift_schedule_start",
        "ShiftStart": ".shift_start",
        "ShiftStartLocation": ".shift_start_location",
        "ShiftStop": ".shift_stop",
        "TimeInWeek": ".time_in_week",
        "TransportResource": ".transport_resource",
        "TransportResourcePage": ".transport_resource_page",
        "TransportResourceReference": ".transport_resource_reference",
        "TransportResourceType": ".transport_resource_type",
        "Unavailability": ".unavailability",
        "Violation": ".violation",
    },
)
