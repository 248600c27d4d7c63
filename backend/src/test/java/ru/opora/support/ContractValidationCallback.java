package ru.opora.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ContractValidation} among REST Assured's global filters before every Quarkus test. */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractValidation.INSTANCE)) {
            RestAssured.filters(ContractValidation.INSTANCE);
        }
    }
}
