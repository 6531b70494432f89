/** The classic SSDN connector's path (contracts.md §1.3) and its WSDL under wsdl/. */
export const CONNECTOR_PATH = '/connectors/webservice/KSZBCSSWebServiceConnectorPort';
export const CONNECTOR_WSDL = 'ssdn/WebServiceConnector.wsdl';
