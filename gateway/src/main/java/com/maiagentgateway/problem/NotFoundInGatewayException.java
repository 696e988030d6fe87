package com.maiagentgateway.problem;

/** Something the gateway itself keeps (a client application, one of its keys) does not exist: a 404 saying which. */
public class NotFoundInGatewayException extends RuntimeException {

    public NotFoundInGatewayException(String detail) {
        super(detail, null, false, false);
    }
}
