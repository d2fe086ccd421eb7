/**
 * Starts a Cloud Manager pipeline execution (AEM as a Cloud Service programs).
 *
 *   aemCloudManagerDeploy(programId: '118842', pipelineId: '5521907')
 */
def call(Map cfg) {
    withCredentials([
        file(credentialsId: 'cloudmanager-aio-context', variable: 'CM_CONTEXT_FILE'),
        file(credentialsId: 'cloudmanager-jwt-private-key', variable: 'CM_PRIVATE_KEY_FILE'),
    ]) {
        sh '''
            npm install -g @adobe/aio-cli@9 >/dev/null
            aio plugins:install @adobe/aio-cli-plugin-cloudmanager
            aio config:set ims.contexts.aio-cli-plugin-cloudmanager "$CM_CONTEXT_FILE" --file --json
            aio config:set ims.contexts.aio-cli-plugin-cloudmanager.private_key "$CM_PRIVATE_KEY_FILE" --file
        '''
        sh "aio cloudmanager:pipeline:start-execution ${cfg.pipelineId} --programId=${cfg.programId} --json"
    }
}
