from enum import StrEnum


class PaymentStatus(StrEnum):
    OVERPAID = "overpaid"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    PAYMENT_DUE = "payment_due"
    PROCESS_DEPOSIT = "process_deposit"

    def __str__(self) -> str:
        return str(self.value)
