package io.github.odoorestcamel.auth;

/** Where credentials are read from: a request's headers and query parameters, whatever carried it. */
public interface CredentialSource {

    String header(String name);

    String param(String name);
}
