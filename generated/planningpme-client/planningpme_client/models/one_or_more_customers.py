from enum import StrEnum


class OneOrMoreCustomers(StrEnum):
    MORECUSTOMER = "MoreCustomer"
    ONECUSTOMER = "OneCustomer"

    def __str__(self) -> str:
        return str(self.value)
